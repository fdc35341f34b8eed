"""The readiness check (issue 15): before the doors open, does this computer work for this event?

Pure checks, no Qt: each returns a green / amber / red line with the fix in words
(`lines.CheckLine`); `run.check_event` gathers them for the command line (`orga-app doctor`)
and the readiness screen (`ui/readiness.py`).
"""
