-- The lookup hash names its HMAC key, as the ciphertext names its AES key, so the hash key can rotate too.
-- Hashes made before keys had ids were made with the key configured as h1 (opstap.intake.bsn.hash-keys.h1).
ALTER TABLE client ADD COLUMN bsn_hash_key VARCHAR(16);
UPDATE client SET bsn_hash_key = 'h1' WHERE bsn_hash IS NOT NULL;
