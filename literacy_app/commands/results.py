"""``literacy-app results status|send``: the outbox of class results, for a teacher or a logout script.

Exit status: 0 nothing waiting (or nothing recorded on this computer), 1 results still waiting (the server or
the results folder cannot be reached: they will be sent later), 3 a problem the teacher must fix (a mistake
in the lab file, a refused password, a wrong address, or results the server set aside).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from literacy_app.i18n import _

APP_FOLDER = ("media-literacy-lab", "literacy-app")  # organisation and application, as Qt names them


def data_folder() -> Path:
    """The app's data folder without starting Qt: the same place ``QStandardPaths.AppDataLocation`` gives."""
    override = os.environ.get("LITERACY_APP_DATA")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base.joinpath(*APP_FOLDER)


def run(args: argparse.Namespace) -> int:
    from literacy_app.core.lab import load_lab_config
    from literacy_app.core.results.recorder import Recorder

    lab = load_lab_config()
    for problem in lab.problems:
        print(f"literacy-app: {problem}", file=sys.stderr)
    if not lab.recording:
        print(_("Results are not recorded on this computer (there is no lab configuration)."))
        return 0
    recorder = Recorder(lab, data_folder())
    if args.action == "send" and recorder.sender is not None:
        recorder.sender.send_now()
    status = recorder.status()
    print(status.message or _("Nothing to send."))
    print(_("Outbox: {folder}", folder=recorder.outbox.pending_folder))
    if lab.lrs_endpoint:
        print(_("Sent to: {where}", where=lab.lrs_endpoint))
    elif lab.results_folder:
        print(_("Copied to: {where}", where=lab.results_folder))
    if status.set_aside:
        print(_("Set aside (see the server's answer beside each): {rejected} and {conflicts}",
                rejected=recorder.outbox.rejected_folder, conflicts=recorder.outbox.conflicts_folder))
    if lab.problems or status.trouble:
        return 3
    return 1 if status.waiting else 0
