import sys

from literacy_app.cli import main

sys.exit(main())
