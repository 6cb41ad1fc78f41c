"""Build steps that pyproject.toml cannot declare (all other settings are there):

- the translation catalogues are compiled before the package's files are copied (tools/build_catalogues.py),
  so an installed app ships its ``.mo`` files;
- the bundled lessons and the icon are put into the package. They live in the top-level ``lessons/`` and
  ``assets/`` (where teachers and designers edit them); an installed app finds them inside the package, as
  ``literacy_app/bundled_lessons`` and ``literacy_app/assets``. They are copied at build time, rather than
  through symbolic links, which a checkout on Windows (or any made with ``core.symlinks=false``) lacks.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE_DATA = (  # (top-level folder, folder inside the package, files)
    ("lessons", "bundled_lessons", ("*.yaml", "*.yml")),
    ("assets", "assets", ("*.png",)),
)


def compile_catalogues() -> None:
    path = ROOT / "tools" / "build_catalogues.py"
    spec = importlib.util.spec_from_file_location("build_catalogues", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_all()


class BuildWithCataloguesAndLessons(build_py):
    """The catalogues compiled, ``build_py``, then the lessons and the icon copied into the built package."""

    def run(self) -> None:
        compile_catalogues()
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, which finds lessons/ and assets/ itself
        for source, target, patterns in PACKAGE_DATA:
            found = sorted({f for pattern in patterns for f in (ROOT / source).glob(pattern) if f.is_file()})
            if not found:
                raise SystemExit(f"error: no {' or '.join(patterns)} files in {ROOT / source}; the app would "
                                 f"install without them")
            out = Path(self.build_lib) / "literacy_app" / target
            out.mkdir(parents=True, exist_ok=True)
            for file in found:
                shutil.copyfile(file, out / file.name)


setup(cmdclass={"build_py": BuildWithCataloguesAndLessons})
