; Written by build/build.py from the package metadata (pyproject.toml); do not edit.
#define AppVersion "0.1.0"
