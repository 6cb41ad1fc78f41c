"""Build steps that pyproject.toml cannot declare: the translation catalogues are compiled before the
package's files are copied (tools/build_catalogues.py), so an installed app ships its ``.mo`` files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def compile_catalogues() -> None:
    path = Path(__file__).resolve().parent / "tools" / "build_catalogues.py"
    spec = importlib.util.spec_from_file_location("build_catalogues", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_all()


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        compile_catalogues()
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
