-- Text search for the knowledge base, the same on PGlite and PostgreSQL.
-- Accents are folded by a fixed translate() table rather than the unaccent extension: both drivers ship unaccent,
-- but installing it needs privileges on the database and races when several schemas migrate at once, and its rules
-- file belongs to the build. A table written here folds identically everywhere (ñ → n too, as unaccent does, since
-- customers often type "contrasena"). The functions use SQL-standard bodies, so they are bound when created and the
-- generated columns that call them do not depend on search_path.
CREATE FUNCTION ruta_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN translate(
    input,
    'áàâäãåāăąçćĉċčďđéèêëēĕėęěĝğġģĥíìîïĩīĭįıĵķĺļľłñńņňóòôöõøōŏőŕŗřśŝşšţťúùûüũūŭůűųŵýÿŷźżžÁÀÂÄÃÅĀĂĄÇĆĈĊČĎĐÉÈÊËĒĔĖĘĚĜĞĠĢĤÍÌÎÏĨĪĬĮİĴĶĹĻĽŁÑŃŅŇÓÒÔÖÕØŌŎŐŔŖŘŚŜŞŠŢŤÚÙÛÜŨŪŬŮŰŲŴÝŸŶŹŻŽ',
    'aaaaaaaaacccccddeeeeeeeeegggghiiiiiiiiijkllllnnnnooooooooorrrssssttuuuuuuuuuuwyyyzzzaaaaaaaaacccccddeeeeeeeeegggghiiiiiiiiijkllllnnnnooooooooorrrssssttuuuuuuuuuuwyyyzzz'
  );
--> statement-breakpoint
-- The text search configuration of an article language: Spanish or English stemming and stop words.
CREATE FUNCTION ruta_kb_config(lang text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE lang WHEN 'en' THEN 'pg_catalog.english'::regconfig ELSE 'pg_catalog.spanish'::regconfig END;
--> statement-breakpoint
-- An article's search vector: title and tags weigh A, the body B, all folded and in the article's language.
CREATE FUNCTION ruta_kb_vector(lang text, title text, tags text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(
      to_tsvector(ruta_kb_config(lang), ruta_fold(coalesce(title, '') || ' ' || coalesce(array_to_string(tags, ' '), ''))),
      'A'
    )
    || setweight(to_tsvector(ruta_kb_config(lang), ruta_fold(coalesce(body, ''))), 'B');
