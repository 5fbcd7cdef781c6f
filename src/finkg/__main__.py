"""`python -m finkg` runs the command line."""

from .cli import main

main()
