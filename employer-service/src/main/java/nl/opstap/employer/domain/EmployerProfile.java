package nl.opstap.employer.domain;

import java.util.List;
import java.util.Set;

/** What describes an employer, as registered or changed. Postcodes are normalised (1234AB). */
public record EmployerProfile(String name, String kvkNumber, String postcodeArea, String sector, String sbiCode,
        Set<String> locations, Set<String> networks, List<ContactPerson> contactPersons) {
}
