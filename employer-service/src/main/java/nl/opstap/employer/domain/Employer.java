package nl.opstap.employer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An employer the tenant's account managers work with. */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @Column(name = "kvk_number", nullable = false)
    public String kvkNumber;

    /** The four digits of the main address's postcode. */
    @Column(name = "postcode_area", nullable = false)
    public String postcodeArea;

    /** A free description of the sector, e.g. "groenvoorziening". */
    public String sector;

    /** SBI code (Standaard Bedrijfsindeling) of the main activity, 2 to 5 digits: the searchable sector. */
    @Column(name = "sbi_code")
    public String sbiCode;

    /** Postcodes (1234AB) of the places people work. */
    @ElementCollection
    @CollectionTable(name = "employer_location", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "postcode")
    public Set<String> locations = new LinkedHashSet<>();

    /** Regional networks of inclusive employers this employer belongs to; members lend each other seasonal workers. */
    @ElementCollection
    @CollectionTable(name = "employer_network", joinColumns = @JoinColumn(name = "employer_id"))
    @Column(name = "network")
    public Set<String> networks = new LinkedHashSet<>();

    /** JSON list of {@link ContactPerson}: the employer's own staff, never in an event. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contact_persons", nullable = false, columnDefinition = "jsonb")
    public String contactPersons = "[]";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Employer register(String tenant, EmployerProfile profile, String createdBy, Instant now) {
        Employer employer = new Employer();
        employer.id = UUID.randomUUID();
        employer.tenant = tenant;
        employer.createdAt = now;
        employer.createdBy = createdBy;
        employer.change(profile);
        return employer;
    }

    /** Replaces what the account manager (or the employer itself) describes; the KvK number is checked by the caller. */
    public void change(EmployerProfile profile) {
        name = profile.name();
        kvkNumber = profile.kvkNumber();
        postcodeArea = profile.postcodeArea();
        sector = profile.sector();
        sbiCode = profile.sbiCode();
        locations.clear();
        locations.addAll(profile.locations());
        networks.clear();
        networks.addAll(profile.networks());
        contactPersons = StoredJson.write(profile.contactPersons());
    }

    public List<ContactPerson> contactPersons() {
        return List.of(StoredJson.read(contactPersons, ContactPerson[].class));
    }

    public boolean isMemberOf(String network) {
        return networks.contains(network);
    }
}
