package nl.opstap.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Municipal referrals at a steady load, for the write-path benchmark of intake-service (#12). One referral per virtual
 * user, every one new (own reference, own valid BSN), so each request does the whole write: validate, encrypt, audit,
 * outbox. Driven by system properties, since the benchmark starts Gatling in a JVM of its own:
 * <ul>
 * <li>{@code load.baseUrl}, {@code load.token} (a municipal system's access token), {@code load.path} (the endpoint);</li>
 * <li>{@code load.model}: {@code closed} ({@code load.users} requests in flight at all times) or {@code open}
 * ({@code load.rate} new requests per second, whatever the answers take);</li>
 * <li>{@code load.seconds}: how long.</li>
 * </ul>
 */
public class ReferralSimulation extends Simulation {

    private static final String BODY = """
            {"municipalityReference":"#{reference}","bsn":"#{bsn}",
             "name":{"givenNames":"Load","familyName":"Test"},"dateOfBirth":"1990-04-12",
             "contact":{"phone":"+31612345678","email":"load@example.nl","postcode":"3511 AB"},
             "targetGroup":"PARTICIPATIEWET","benefitSituation":"RETAINED_BENEFIT",
             "question":"Wil graag aan het werk in de groenvoorziening"}""";

    // A random start per run, so the BSNs and references of one run never meet those of an earlier one.
    private final AtomicLong next = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L));
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    {
        String path = System.getProperty("load.path", "/referrals");
        HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("load.baseUrl", "http://localhost:8081"))
                .authorizationHeader("Bearer " + System.getProperty("load.token", ""))
                .contentTypeHeader("application/json")
                .acceptHeader("application/json");
        ScenarioBuilder refer = scenario("refer " + path)
                .feed(referrals())
                .exec(http("refer").post(path).body(StringBody(BODY)).check(status().is(201)));
        Duration during = Duration.ofSeconds(Long.getLong("load.seconds", 20));
        PopulationBuilder population = "open".equals(System.getProperty("load.model", "closed"))
                ? refer.injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty("load.rate", "50"))).during(during))
                : refer.injectClosed(constantConcurrentUsers(Integer.getInteger("load.users", 16)).during(during));
        setUp(population).protocols(protocol);
    }

    private Iterator<Map<String, Object>> referrals() {
        return Stream.generate(() -> {
            String bsn = nextBsn();
            return Map.<String, Object>of("bsn", bsn, "reference", "LOAD-" + run + "-" + bsn);
        }).iterator();
    }

    /** The next 9-digit number that passes the 11-proef (9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11). */
    private String nextBsn() {
        while (true) {
            String first8 = Long.toString(next.getAndIncrement());
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            int last = sum % 11;
            if (last < 10) {
                return first8 + last;
            }
        }
    }
}
