"""Rasa graph components: danger assessment in NLU and the safety policy."""
