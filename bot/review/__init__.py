"""Transcript review, advice records and retention.

The service is in :mod:`bot.review.service`; nothing is re-exported here. What a
stored conversation says (its transcript, summary and intake) is read by
:mod:`bot.conversation`, which the handoff uses too.
"""
