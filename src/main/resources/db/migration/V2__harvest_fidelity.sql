-- What a web-archive-grade harvest needs to remember about a capture: the canonical URL a page
-- declares (so one article is archived once), the validators for a conditional GET next time, and
-- whether the record is a full response or a revisit of an earlier payload.
ALTER TABLE capture ADD COLUMN record_type VARCHAR(16) DEFAULT 'response' NOT NULL;  -- response | revisit
ALTER TABLE capture ADD COLUMN canonical_url VARCHAR(4096);
ALTER TABLE capture ADD COLUMN etag VARCHAR(1000);
ALTER TABLE capture ADD COLUMN last_modified VARCHAR(100);
CREATE INDEX capture_canonical_url ON capture (canonical_url);
CREATE INDEX capture_warc_file ON capture (warc_file);
-- frontier.state gains 'skipped' (robots.txt, not HTML, duplicate of a canonical URL): not a failure.
