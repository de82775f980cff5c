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

    /** Null once erased, as every identifying field below. */
    @Column(name = "bsn_hash")
    public String bsnHash;

    /** The id of the HMAC key {@link #bsnHash} was made with. */
    @Column(name = "bsn_hash_key")
    public String bsnHashKey;

    @Column(name = "bsn_encrypted")
    public String bsnEncrypted;

    @Column(name = "given_names")
    public String givenNames;

    @Column(name = "family_name")
    public String familyName;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    public String phone;
    public String email;
    public String postcode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the person behind the id was erased; the id itself stays, anonymous, for the aggregate figures. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** The last day of care (referral back, trajectory end, aftercare end): the retention period runs from it. */
    @Column(name = "care_ended_on")
    public LocalDate careEndedOn;

    /** Placed and in aftercare: no retention period runs until aftercare ends. */
    @Column(name = "in_aftercare", nullable = false)
    public boolean inAftercare;

    @Column(name = "aftercare_ended_on")
    public LocalDate aftercareEndedOn;

    /** A person new to the tenant, known by the keyed hash of their BSN and its ciphertext (never the BSN itself). */
    public static Client register(String tenant, BsnLookupHash bsnHash, String bsnEncrypted, Instant now) {
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.tenant = tenant;
        client.bsnHash = bsnHash.value();
        client.bsnHashKey = bsnHash.keyId();
        client.bsnEncrypted = bsnEncrypted;
        client.createdAt = now;
        return client;
    }

    /**
     * The newest referral carries the municipality's current knowledge of name and contact details; it also opens
     * care again, so a retention period that ran from an earlier end stops.
     */
    public void updateDetails(NewReferral referral) {
        careEndedOn = null;
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

    /** The lookup hash under a new HMAC key (rotation); the client is the same person. */
    public void replaceBsnHash(BsnLookupHash hash) {
        bsnHash = hash.value();
        bsnHashKey = hash.keyId();
    }

    /** Care ended on this day (a referral back, or the trajectory's end); the later of two ends counts. */
    public void careEnded(LocalDate on) {
        if (careEndedOn == null || on.isAfter(careEndedOn)) {
            careEndedOn = on;
        }
    }

    /**
     * A placement starts aftercare, which holds the retention period until it ends. Placements and aftercare ends come
     * on two topics: a placement from before the last aftercare end is one whose aftercare is already over.
     */
    public void placed(LocalDate placedOn) {
        if (aftercareEndedOn == null || placedOn.isAfter(aftercareEndedOn)) {
            inAftercare = true;
        }
    }

    public void aftercareEnded(LocalDate on) {
        if (aftercareEndedOn == null || on.isAfter(aftercareEndedOn)) {
            aftercareEndedOn = on;
        }
        inAftercare = false;
        careEnded(on);
    }

    /** Removes everything that identifies the person; the pseudonymous id, its dates and its erasure time stay. */
    public void erase(Instant now) {
        bsnHash = null;
        bsnHashKey = null;
        bsnEncrypted = null;
        givenNames = null;
        familyName = null;
        dateOfBirth = null;
        phone = null;
        email = null;
        postcode = null;
        erasedAt = now;
    }
}
