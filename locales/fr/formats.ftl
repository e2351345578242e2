# Dates, nombres et langue des contenus.

format-time-on-date = { $time } UTC le { $date }
language-unknown = La langue « { $value } » n’est pas un code de langue ISO 639-1 : utilisez deux lettres, par exemple en, fr, es ou ar, ou laissez le champ vide
language-field-section = Langue
language-field-label = Langue du texte de cet engagement
language-field-hint = La langue dans laquelle le titre et les descriptions sont rédigés. Elle aide les lecteurs et les lecteurs d’écran d’autres langues.
language-field-unknown = Non précisée
