"""Transcript review, advice records and retention.

The service is in :mod:`bot.review.service`; nothing is re-exported here, so the
handoff can use the pure :mod:`bot.review.summary` without importing the service.
"""
