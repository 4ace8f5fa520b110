"""`python -m bot` runs the planbot command line."""

from bot.cli import cli

cli()
