"""Errors that reach the user as one clear line and a non-zero exit status."""


class UserError(Exception):
    """A problem with the user's input (file, option, config entry): printed as one line, exit 2."""
