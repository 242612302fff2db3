"""Hostile input (issue 16): servers, archives, files and databases built to hurt, all on loopback."""
