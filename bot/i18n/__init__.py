"""Message catalogues, one YAML file per language (see bot.language.catalogue)."""
