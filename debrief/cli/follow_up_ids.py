"""A command given follow-up ids (`done`, `dismiss`): each acted on, and those not acted on
named on the one error line.

Below the command modules that share it: `dismiss` (:mod:`debrief.cli.between`) imported it
from `done`'s module (:mod:`debrief.cli.reviewing`) inside its function (house57).
"""

from __future__ import annotations

from collections.abc import Callable

from debrief.cli.app import fail
from debrief.errors import NoLongerFiled, NotFound


def each_follow_up(ids: tuple[int, ...], act: Callable[[int], None], verb: tuple[str, str]) -> None:
    """``act`` on each follow-up id (it prints its own line); the ids not found are named on
    one error line, with the ids that are now ``verb[1]``, and the exit code is 1, as the
    README says for a command that did not do all it was asked (`done 3 999`)."""
    missing, gone, closed = [], [], []
    for follow_up_id in dict.fromkeys(ids):  # `done 10 10`: once (it said "already done")
        try:
            act(follow_up_id)
            closed.append(f"#{follow_up_id}")
        except NoLongerFiled:  # given once: said gone, not "no follow-up" (qa70)
            gone.append(f"#{follow_up_id}")
        except NotFound:  # the others are still closed; the unknown ids are named
            missing.append(str(follow_up_id))
    if missing or gone:
        did = f"; {verb[1]}: {', '.join(closed)}" if closed else ""
        why = [f"no follow-up with id {' or '.join(missing)}"] if missing else []
        if gone:
            why.append(f"{', '.join(gone)} no longer filed (dropped, or deleted with its call)")
        fail(f"not {verb[0]}: {'; '.join(why)}{did} (`debrief todo --all` lists the ids)")
