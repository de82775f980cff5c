package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The person behind a pseudonymous client id, with the minimum the work needs. Only intake-service has it. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "bsn_hash", nullable = false)
    public String bsnHash;

    @Column(name = "bsn_encrypted", nullable = false)
    public String bsnEncrypted;

    @Column(name = "given_names", nullable = false)
    public String givenNames;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    public String phone;
    public String email;
    public String postcode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A person new to the tenant, known by the keyed hash of their BSN and its ciphertext (never the BSN itself). */
    public static Client register(String tenant, String bsnHash, String bsnEncrypted, Instant now) {
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.tenant = tenant;
        client.bsnHash = bsnHash;
        client.bsnEncrypted = bsnEncrypted;
        client.createdAt = now;
        return client;
    }

    /** The newest referral carries the municipality's current knowledge of name and contact details. */
    public void updateDetails(NewReferral referral) {
        givenNames = referral.givenNames();
        familyName = referral.familyName();
        dateOfBirth = referral.dateOfBirth();
        phone = referral.phone();
        email = referral.email();
        postcode = referral.postcode();
    }

    /** The BSN under a new key (rotation); the hash, and so the client's identity, stays. */
    public void replaceBsnCiphertext(String ciphertext) {
        bsnEncrypted = ciphertext;
    }
}
