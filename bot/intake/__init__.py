"""Intake: who writes, who harms whom, the kindcheck, the pattern, with evidence.

Pure domain logic beside ``bot.danger``: give it the conversation's user
messages (their matcher tokens and danger assessments) and it returns an
:class:`Intake`. No web, database or Rasa imports.
"""

from bot.intake.extract import IntakeExtractor, UserTurn, load_extractor
from bot.intake.line import intake_line
from bot.intake.model import Evidence, Fact, Incident, Intake, lookup
from bot.intake.rules import IntakeRules, IntakeRulesError, load_rules

__all__ = [
    "Evidence",
    "Fact",
    "Incident",
    "Intake",
    "IntakeExtractor",
    "IntakeRules",
    "IntakeRulesError",
    "UserTurn",
    "intake_line",
    "load_extractor",
    "load_rules",
    "lookup",
]
