"""Icons, themes, translations and demo data; installed as ``console.resources``."""
