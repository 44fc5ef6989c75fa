"""The package list of the one `mlptutor` import package: every folder under the mapped ones (pyproject.toml)."""

import tomllib

from setuptools import find_namespace_packages, setup

with open("pyproject.toml", "rb") as f:
    PACKAGE_DIR = tomllib.load(f)["tool"]["setuptools"]["package-dir"]

setup(packages=[f"{package}.{sub}" if sub else package
                for package, folder in PACKAGE_DIR.items()
                for sub in ["", *find_namespace_packages(folder, exclude=["*__pycache__*"])]])
