# Fechas, números e idioma de los contenidos.

format-time-on-date = { $time } UTC del { $date }
language-unknown = El idioma «{ $value }» no es un código de idioma ISO 639-1: use dos letras, por ejemplo en, fr, es o ar, o deje el campo vacío
language-field-section = Idioma
language-field-label = Idioma del texto de este compromiso
language-field-hint = El idioma en que están redactados el título y las descripciones. Ayuda a los lectores y a los lectores de pantalla de otros idiomas.
language-field-unknown = Sin indicar
