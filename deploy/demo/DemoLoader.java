import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The living demo: a few hundred clients across both demo organisations at every stage of the work-fit journey,
 * with fifteen months of history, loaded through the platform's public endpoints with real tokens, as the
 * municipal systems, consultants, jobcoaches, account managers and employers would.
 *
 * <p>History is made with the dates the endpoints accept for things recorded afterwards: a referral's
 * {@code receivedOn}, a decision's {@code decidedOn}, assessment, review, trial, placement and end dates. The
 * events carry those days, so the figures and the dashboard show months of trends; the nightly sweeps (every
 * minute in the demo, see run.sh) then close aftercare periods and credit the SROI months that lie in the past.
 *
 * <p>Idempotent: every client has a fixed municipal reference, and a client whose referral exists already is left
 * as it is; employers, vacancies and contracts are looked up before they are made. Deterministic: the same seed
 * gives the same people, stages and days relative to today.
 *
 * <p>Run with {@code java deploy/demo/DemoLoader.java} (no build needed); the service and Keycloak addresses come
 * from the environment of deploy/local/env.sh, the size from {@code OPSTAP_DEMO_CLIENTS} (default 200).
 */
public class DemoLoader {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final int HISTORY_DAYS = 450;
    /** Stories at once: most of a request's time is the services' work, two cores' worth on a small machine. */
    static final int PARALLEL = Integer.parseInt(System.getenv().getOrDefault("OPSTAP_DEMO_PARALLEL", "16"));

    final Api api;
    final LocalDate today = LocalDate.now(AMSTERDAM);
    final Progress progress = new Progress();
    final Map<String, Organisation> organisations = new LinkedHashMap<>();

    DemoLoader(Api api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Api api = new Api(env);
        int clients = Integer.parseInt(env.getOrDefault("OPSTAP_DEMO_CLIENTS", "200"));
        long seed = Long.parseLong(env.getOrDefault("OPSTAP_DEMO_SEED", "2026"));
        Instant started = Instant.now();
        new DemoLoader(api).load(clients, seed);
        System.out.printf("[demo] done in %d s (%,d requests)%n", Duration.between(started, Instant.now()).toSeconds(), api.requests.get());
    }

    void load(int clients, long seed) throws Exception {
        organisations.put("uw", new Organisation("uw", List.of(
                new Municipality("gemeente-utrecht", "UTR", List.of("3511", "3521", "3531", "3541", "3552", "3561", "3581")),
                new Municipality("gemeente-nieuwegein", "NWG", List.of("3431", "3432", "3435", "3437"))),
                List.of(new ProgrammeShare("Werkbedrijf Lelystad", 70), new ProgrammeShare("UW Werkfit", 30)),
                List.of(new Employer("Groenbedrijf De Linde BV", "30123456", "3526", "groenvoorziening", "8130", true,
                                new Opening("Medewerker groenonderhoud", "9214", "groenvoorziening", 16, 32, "3526 KA")),
                        new Employer("Distributiecentrum Lage Weide BV", "30654321", "3542", "logistiek", "5210", true,
                                new Opening("Orderpicker", "9333", "logistiek", 24, 38, "3542 AD")),
                        new Employer("Zorgcentrum Rijnhof", "30711201", "3438", "zorg", "8710", false,
                                new Opening("Medewerker facilitaire dienst", "9112", "facilitair", 16, 32, "3438 EX")),
                        new Employer("Schoonmaakbedrijf Stichtse Vecht BV", "30711202", "3544", "schoonmaak", "8121", true,
                                new Opening("Schoonmaakmedewerker", "9112", "schoonmaak", 12, 36, "3544 AB")),
                        new Employer("Fietsenmakerij De Ketting", "30711203", "3581", "detailhandel", "9529", false,
                                new Opening("Medewerker fietsenwerkplaats", "7234", "techniek", 20, 38, "3581 KC")),
                        new Employer("Cateringbedrijf Domstad BV", "30711204", "3511", "horeca", "5629", false,
                                new Opening("Medewerker bedrijfsrestaurant", "9412", "horeca", 16, 32, "3511 CE")))));
        organisations.put("pastiel", new Organisation("pastiel", List.of(
                new Municipality("gemeente-ede", "EDE", List.of("6711", "6712", "6713", "6715", "6716", "6717", "6718"))),
                List.of(new ProgrammeShare("Pastiel werkfit", 80), new ProgrammeShare("Driekant werkfit", 20)),
                List.of(new Employer("Bouwbedrijf Veluwezoom BV", "09811301", "6716", "bouw", "4120", true,
                                new Opening("Bouwplaatsmedewerker", "9313", "bouw", 24, 40, "6716 BT")),
                        new Employer("Kwekerij De Ginkel", "09811302", "6718", "groenvoorziening", "0119", true,
                                new Opening("Medewerker kwekerij", "9211", "groenvoorziening", 16, 36, "6718 SM")),
                        new Employer("Logistiek Centrum Ede-Noord BV", "09811303", "6713", "logistiek", "5210", false,
                                new Opening("Orderpicker", "9333", "logistiek", 24, 38, "6713 DA")),
                        new Employer("Supermarkt Achterdoelen", "09811304", "6711", "detailhandel", "4711", false,
                                new Opening("Vakkenvuller", "9334", "detailhandel", 12, 30, "6711 AV")),
                        new Employer("Hotel Heideroos BV", "09811305", "6717", "horeca", "5510", false,
                                new Opening("Medewerker housekeeping", "9112", "schoonmaak", 16, 32, "6717 LZ")))));

        for (Organisation organisation : organisations.values()) {
            prepare(organisation);
        }
        List<Story> stories = Story.population(clients, seed, today, new ArrayList<>(organisations.values()));
        say("%d clients: referrals from %s to %s, each taken as far as its story goes", stories.size(),
                today.minusDays(HISTORY_DAYS), today);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> say("%s", progress), 2, 2, TimeUnit.SECONDS);
        // In phases, so that waiting for the events between services is one look per organisation, not one per client.
        referAll(stories);
        inParallel("intake and decision", stories.stream().filter(s -> s.clientId != null).toList(), this::intakeAndDecide);
        List<Story> admitted = stories.stream().filter(s -> s.admittedNow && s.stage != Stage.MAXIMUM_REACHED).toList();
        for (Organisation o : organisations.values()) {
            awaitTrajectories(o, admitted.stream().filter(s -> s.organisation == o).toList());
        }
        inParallel("trajectories: coach, plan, reviews, end", admitted, this::runTrajectory);
        inParallel("proposal, consent, trial and placement", admitted.stream().filter(s -> s.stage == Stage.PLACED).toList(), this::place);
        ticker.shutdownNow();
        progress.start("all " + stories.size() + " clients done", stories.size());
        progress.done.set(stories.size());
        say("%s", progress);
        if (progress.failed.get() > 0) {
            throw new IllegalStateException(progress.failed.get() + " client stories failed; see above");
        }
    }

    /** One step for many clients at once; a client whose step fails is reported and left where it is. */
    void inParallel(String step, List<Story> stories, java.util.function.Consumer<Story> action) throws Exception {
        progress.start(step, stories.size());
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<?>> running = new ArrayList<>();
        for (Story story : stories) {
            running.add(pool.submit(() -> {
                if (story.failed) {
                    return;
                }
                try {
                    action.accept(story);
                } catch (RuntimeException e) {
                    story.failed = true;
                    progress.failed.incrementAndGet();
                    say("client %s: %s", story.reference, e.getMessage());
                } finally {
                    progress.done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    /** trajectory-service starts a trajectory for each admission it reads: one list per organisation until all are there. */
    void awaitTrajectories(Organisation o, List<Story> admitted) {
        progress.start("waiting for the trajectories of " + o.tenant, admitted.size());
        Map<String, Story> byClient = new ConcurrentHashMap<>();
        admitted.stream().filter(s -> !s.failed).forEach(s -> byClient.put(s.clientId, s));
        String consultant = api.user(o.tenant + "-consultant");
        await(byClient.size() + " trajectories of " + o.tenant, Duration.ofSeconds(120), () -> {
            for (int page = 0; !byClient.isEmpty(); page++) {
                Object list = api.expect(200, api.get(api.trajectory + "/trajectories?size=200&page=" + page, consultant)).json();
                for (Object t : Json.list(Json.at(list, "items"))) {
                    Story s = byClient.remove(String.valueOf(Json.at(t, "clientId")));
                    if (s != null) {
                        s.trajectoryId = String.valueOf(Json.at(t, "id"));
                    }
                }
                if (page + 1 >= Json.integer(Json.at(list, "totalPages"))) {
                    break;
                }
            }
            progress.done.set(admitted.size() - byClient.size());
            return byClient.isEmpty() ? Boolean.TRUE : null;
        });
    }

    // ---- the catalogue: programmes, employers with a place each, SROI contracts, employer logins

    void prepare(Organisation o) {
        String admin = o.tenant + "-admin";
        for (ProgrammeShare share : o.programmes) {
            share.programmeId = await("programme " + share.name + " of " + o.tenant, Duration.ofSeconds(30), () -> {
                Object page = api.get(api.trajectory + "/programmes?size=50", api.user(admin)).json();
                for (Object p : Json.list(Json.at(page, "items"))) {
                    if (String.valueOf(Json.at(p, "definition", "name")).startsWith(share.name)) {
                        share.maxMonths = Json.integer(Json.at(p, "definition", "maxDurationMonths"));
                        share.endsAtMaximum = "END_REFERRED_BACK".equals(Json.at(p, "definition", "atMaximumDuration"));
                        return String.valueOf(Json.at(p, "programmeId"));
                    }
                }
                return null;
            });
        }
        String accountManager = api.user(o.tenant + "-account-manager");
        LocalDate contractStart = today.minusMonths(24).withDayOfMonth(1);
        for (Employer e : o.employers) {
            Object found = api.get(api.employer + "/employers?size=5&name=" + Api.encode(e.name), accountManager).json();
            List<Object> items = Json.list(Json.at(found, "items"));
            if (items.isEmpty()) {
                e.id = api.expect(201, api.post(api.employer + "/employers", accountManager, Json.object(
                        "name", e.name, "kvkNumber", e.kvk, "postcodeArea", e.postcodeArea, "sector", e.sector, "sbiCode", e.sbi,
                        "locations", List.of(e.opening.postcode), "networks", List.of(o.tenant.equals("uw")
                                ? "Werkgeversnetwerk Inclusief Utrecht" : "Werkgeversservicepunt Food Valley")))).string("id");
            } else {
                e.id = String.valueOf(Json.at(items.get(0), "id"));
            }
            // A place of its own for the demo's people: plenty of openings, open-ended.
            Object vacancies = api.get(api.employer + "/vacancies?status=PUBLISHED&size=50&employerId=" + e.id, accountManager).json();
            for (Object v : Json.list(Json.at(vacancies, "items"))) {
                if (e.opening.title.equals(Json.at(v, "details", "title")) && Integer.valueOf(25).equals(Json.integer(Json.at(v, "details", "openings")))) {
                    e.vacancyId = String.valueOf(Json.at(v, "id"));
                }
            }
            if (e.vacancyId == null) {
                Opening p = e.opening;
                e.vacancyId = api.expect(201, api.post(api.employer + "/vacancies", accountManager, Json.object("employerId", e.id,
                        "vacancy", Json.object("kind", "JOB", "title", p.title, "occupationIsco", p.isco, "workType", p.workType,
                                "hoursPerWeekMin", p.hoursMin, "hoursPerWeekMax", p.hoursMax, "postcode", p.postcode, "openings", 25,
                                "requiredCompetences", Map.of("motivation", 3), "minWageValuePercent", 40,
                                "wageCostSubsidyPossible", true, "riasecCode", "RC", "sroiEligible", true,
                                "additionalityStatement", "De plekken komen bovenop de vaste formatie; er vervalt geen betaalde functie."))))
                        .string("id");
                api.expect(200, api.post(api.employer + "/vacancies/" + e.vacancyId + "/publish", accountManager, null));
            }
            if (e.sroiContract) {
                Object contracts = api.get(api.employer + "/sroi/contracts?size=50&contractorEmployerId=" + e.id, accountManager).json();
                boolean demoContract = Json.list(Json.at(contracts, "items")).stream()
                        .anyMatch(c -> String.valueOf(Json.at(c, "tenderReference")).startsWith("DEMO-"));
                if (!demoContract) {
                    String contract = api.expect(201, api.post(api.employer + "/sroi/contracts", accountManager, Json.object(
                            "contractorEmployerId", e.id, "contractingAuthority", o.tenant.equals("uw") ? "Gemeente Utrecht" : "Gemeente Ede",
                            "tenderReference", "DEMO-" + e.kvk, "contractSumCents", 250_000_000L, "sroiPercentage", 5,
                            "startsOn", contractStart.toString(), "endsOn", contractStart.plusYears(4).minusDays(1).toString(),
                            "rulesetCode", "HAAGLANDEN-2023"))).string("id");
                    api.expect(200, api.post(api.employer + "/sroi/contracts/" + contract + "/sign", accountManager, null));
                }
            }
            e.login = api.employerLogin(o.tenant, e.kvk, e.id);
        }
        say("%s: %d programmes, %d employers with a published place, %d SROI contracts", o.tenant, o.programmes.size(),
                o.employers.size(), o.employers.stream().filter(e -> e.sroiContract).count());
    }

    // ---- one client's way through the platform, as far as the story goes

    /**
     * Each municipal system sends its referrals in one batch, as a case system hands over its backlog. A referral that
     * exists already (an earlier run) is left as it is, and so is everything after it in that client's story.
     */
    void referAll(List<Story> stories) {
        for (Organisation o : organisations.values()) {
            for (Municipality m : o.municipalities) {
                List<Story> batch = stories.stream().filter(s -> s.municipality == m).toList();
                progress.start("referrals from " + m.client, batch.size());
                List<Object> items = new ArrayList<>();
                for (Story s : batch) {
                    items.add(Json.object("municipalityReference", s.reference, "bsn", s.bsn,
                            "name", Json.object("givenNames", s.givenNames, "familyName", s.familyName),
                            "dateOfBirth", s.dateOfBirth.toString(), "contact", Json.object("postcode", s.postcode),
                            "targetGroup", s.targetGroup, "benefitSituation", "RETAINED_BENEFIT",
                            "question", "Werkfit maken richting betaald werk", "receivedOn", s.receivedOn.toString()));
                }
                Object results = Json.at(api.expect(200, api.post(api.intake + "/referrals/batch", api.client(m.client),
                        Json.object("items", items))).json(), "results");
                for (int i = 0; i < batch.size(); i++) {
                    Story s = batch.get(i);
                    Object result = Json.at(results, i);
                    String outcome = String.valueOf(Json.at(result, "outcome"));
                    if (outcome.equals("CREATED")) {
                        s.clientId = String.valueOf(Json.at(result, "referral", "clientId"));
                        progress.referred.incrementAndGet();
                    } else if (outcome.equals("UNCHANGED") || Integer.valueOf(409).equals(Json.integer(Json.at(result, "problem", "status")))) {
                        progress.alreadyThere.incrementAndGet(); // loaded by an earlier run (on another day: 409)
                    } else {
                        s.failed = true;
                        progress.failed.incrementAndGet();
                        say("client %s: referral rejected: %s", s.reference, Json.write(Json.at(result, "problem")));
                    }
                    progress.done.incrementAndGet();
                }
            }
        }
    }

    void intakeAndDecide(Story s) {
        Organisation o = s.organisation;
        String clientId = s.clientId;
        if (s.stage == Stage.RECEIVED) {
            return;
        }
        String consultant = api.user(o.tenant + "-consultant");
        for (Map<String, Object> assessment : s.assessments()) {
            api.expect(201, api.post(api.intake + "/clients/" + clientId + "/assessments", consultant, assessment));
        }
        if (s.stage == Stage.REFERRED_BACK) {
            api.expect(200, api.post(api.intake + "/clients/" + clientId + "/referral-back", consultant,
                    Json.object("reason", s.referBackReason, "note", "Besproken met de klant en de gemeente", "decidedOn", s.decidedOn.toString())));
            progress.referredBack.incrementAndGet();
            return;
        }
        admit(s, clientId, consultant);
        s.admittedNow = true;
        progress.admitted.incrementAndGet();
    }

    void runTrajectory(Story s) {
        String consultant = api.user(s.organisation.tenant + "-consultant");
        String coach = s.organisation.tenant + "-jobcoach";
        String jobcoach = api.user(coach);
        String t = api.trajectory + "/trajectories/" + s.trajectoryId;
        api.expect(200, api.put(t + "/coach", consultant, Json.object("coach", coach)));
        api.expect(200, api.put(t + "/plan", jobcoach, Json.object("priority", "LABOUR_MARKET_CHANCES", "goals", List.of(
                Json.object("category", "DEVELOPMENT", "description", "Een werkdag van zes uur volhouden",
                        "measurableTarget", "Vier weken achtereen drie dagen per week", "dueOn", s.decidedOn.plusWeeks(10).toString()),
                Json.object("category", "LABOUR_MARKET_CHANCES", "description", "Cv en sollicitatiebrief op orde",
                        "measurableTarget", "Cv besproken met de jobcoach", "dueOn", s.decidedOn.plusWeeks(4).toString())))));
        api.expect(200, api.post(t + "/plan/signatures", jobcoach, Json.object("signer", "CLIENT", "method", "IN_PERSON_WITH_COACH")));
        api.expect(200, api.post(t + "/plan/signatures", jobcoach, Json.object("signer", "COACH")));
        for (LocalDate review : s.reviews()) {
            api.expect(201, api.post(t + "/reviews", jobcoach, Json.object("heldOn", review.toString(),
                    "participants", List.of(Json.object("role", "CLIENT", "name", "klant"), Json.object("role", "COACH", "name", coach)),
                    "decision", "CONTINUE", "notes", "Voortgang besproken")));
        }
        if (s.stage == Stage.ENDED_WITHOUT_WORK) {
            api.expect(200, api.post(t + "/end", consultant, Json.object("outcome", s.outcome, "endedOn", s.endedOn.toString(),
                    "note", "Traject afgerond zonder plaatsing")));
            progress.endedWithoutWork.incrementAndGet();
        }
    }

    void admit(Story s, String clientId, String consultant) {
        ProgrammeShare programme = s.programme;
        Map<String, Object> decision = Json.object("programmeId", programme.programmeId, "decidedOn", s.decidedOn.toString(),
                "note", "Intake afgerond; past bij het programma");
        // intake-service learns programmes from events: on a fresh start it may not know one for a moment.
        Api.Response admitted = await("admission of " + s.reference, Duration.ofSeconds(30), () -> {
            Api.Response r = api.post(api.intake + "/clients/" + clientId + "/admission", consultant, decision);
            return r.status() == 404 ? null : r;
        });
        if (admitted.status() == 422 && String.valueOf(Json.at(admitted.json(), "type")).endsWith("business-rule")
                && Json.at(admitted.json(), "violations") != null) {
            decision.put("overrideReason", "Eerder werkervaring opgedaan; de werkgever wacht op een kandidaat");
            admitted = api.post(api.intake + "/clients/" + clientId + "/admission", consultant, decision);
        }
        api.expect(200, admitted);
    }

    void place(Story s) {
        String clientId = s.clientId;
        String jobcoach = api.user(s.organisation.tenant + "-jobcoach");
        String accountManager = api.user(s.organisation.tenant + "-account-manager");
        await("candidate " + s.reference + " in matching's pool", Duration.ofSeconds(60), () -> {
            Api.Response c = api.get(api.matching + "/candidates/" + clientId, accountManager);
            return c.status() == 200 && "AVAILABLE".equals(Json.at(c.json(), "poolStatus")) ? Boolean.TRUE : null;
        });
        Employer employer = s.employer;
        String proposal = api.expect(201, api.post(api.matching + "/proposals", accountManager, Json.object(
                "vacancyId", employer.vacancyId, "clientId", clientId, "note", "Past qua uren en werksoort"))).string("id");
        String p = api.matching + "/proposals/" + proposal;
        api.expect(200, api.post(api.matching + "/employer/proposals/" + proposal + "/interest", api.user(employer.login), null));
        api.expect(200, api.post(p + "/consent", jobcoach, Json.object("consentedOn", s.consentedOn.toString())));
        if (s.trial) {
            api.expect(200, api.post(p + "/trial-placement", accountManager, Json.object("startsOn", s.trialStartsOn.toString(),
                    "plannedEndOn", s.placedOn.minusDays(1).toString())));
            api.expect(200, api.post(p + "/trial-placement/evaluation", accountManager, Json.object("outcome", "HIRE",
                    "evaluatedOn", s.placedOn.minusDays(3).toString(), "evaluation", "Werkritme en samenwerking goed")));
        }
        Map<String, Object> contract = Json.object("contractType", s.contractType, "hoursPerWeek", s.hours, "startsOn", s.placedOn.toString());
        if (s.contractType.equals("FIXED_TERM")) {
            contract.put("endsOn", s.placedOn.plusYears(1).minusDays(1).toString());
        }
        api.expect(200, api.post(p + "/placement", accountManager, contract));
        progress.placed.incrementAndGet();
        if (s.placementEndedOn != null) {
            api.expect(200, api.post(p + "/placement/end", accountManager, Json.object("reason", s.placementEndReason,
                    "endedOn", s.placementEndedOn.toString())));
            progress.placementEnded.incrementAndGet();
        }
        if (s.benefitResumedOn != null) {
            api.expect(202, api.post(api.intake + "/referrals/benefit-resumptions", api.client(s.municipality.client),
                    Json.object("bsn", s.bsn, "resumedOn", s.benefitResumedOn.toString())));
            progress.benefitResumed.incrementAndGet();
        }
    }

    /** Polls until {@code probe} gives a value; the platform is eventually consistent between services. */
    static <T> T await(String what, Duration max, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(max);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not appear within " + max.toSeconds() + " s");
            }
            sleep(250);
        }
    }

    static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    static final Instant STARTED = Instant.now();

    static synchronized void say(String format, Object... args) {
        System.out.printf("[demo] %3d s  " + format + "%n", concat(Duration.between(STARTED, Instant.now()).toSeconds(), args));
        System.out.flush();
    }

    // ---- the demo's world

    record Municipality(String client, String code, List<String> postcodeAreas) {
    }

    record Opening(String title, String isco, String workType, int hoursMin, int hoursMax, String postcode) {
    }

    static final class ProgrammeShare {
        final String name;
        final int percent;
        volatile String programmeId;
        volatile int maxMonths;
        /** The programme ends a trajectory at its maximum duration (the daily sweep refers the client back). */
        volatile boolean endsAtMaximum;

        ProgrammeShare(String name, int percent) {
            this.name = name;
            this.percent = percent;
        }
    }

    static final class Employer {
        final String name, kvk, postcodeArea, sector, sbi;
        final boolean sroiContract;
        final Opening opening;
        volatile String id, vacancyId, login;

        Employer(String name, String kvk, String postcodeArea, String sector, String sbi, boolean sroiContract, Opening opening) {
            this.name = name;
            this.kvk = kvk;
            this.postcodeArea = postcodeArea;
            this.sector = sector;
            this.sbi = sbi;
            this.sroiContract = sroiContract;
            this.opening = opening;
        }
    }

    record Organisation(String tenant, List<Municipality> municipalities, List<ProgrammeShare> programmes, List<Employer> employers) {
    }

    enum Stage { RECEIVED, REFERRED_BACK, IN_TRAJECTORY, ENDED_WITHOUT_WORK, PLACED, MAXIMUM_REACHED }

    /** One client: who they are and how far they got, all drawn from the seed and dated relative to today. */
    static final class Story {
        static final String[] GIVEN = {"Fatima", "Jan", "Sanne", "Mohamed", "Anouk", "Kees", "Noura", "Daan", "Lisa", "Youssef",
                "Emma", "Bram", "Ay\u015fe", "Pieter", "Samira", "Thijs", "Marieke", "Hamza", "Inge", "Rachid", "Linda", "Tim",
                "Priya", "Joost", "Esther", "Abdi", "Femke", "Ricardo", "Wendy", "Mehmet"};
        static final String[] FAMILY = {"de Vries", "Jansen", "El Amrani", "Bakker", "Visser", "Yilmaz", "Smit", "Meijer",
                "de Boer", "Mulder", "Bouzid", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "\u00d6zt\u00fcrk", "van Dijk", "Kaya",
                "Dekker", "Brouwer", "van Leeuwen", "Haddou", "Verhoeven", "Kramer", "Ahmadi", "Postma", "Koster"};
        static final String[] NO_WORK = {"DROPPED_OUT", "EDUCATION", "VOLUNTEER_WORK", "DAY_ACTIVITIES", "MOVED"};
        static final String[] REFER_BACK = {"DIRECTLY_EMPLOYABLE", "NO_MOTIVATION", "LADDER_STEP_OUT_OF_RANGE", "NO_FITTING_PROGRAMME",
                "PSYCHIATRIC_COMPLAINTS"};
        static final String[] CONTRACTS = {"PERMANENT", "FIXED_TERM", "FIXED_TERM", "WAGE_COST_SUBSIDY"};
        static final String[] PLACEMENT_END = {"CONTRACT_ENDED", "DISMISSED", "RESIGNED"};

        Organisation organisation;
        Municipality municipality;
        String reference, bsn, givenNames, familyName, postcode, targetGroup;
        LocalDate dateOfBirth, receivedOn, assessedOn, decidedOn;
        LocalDate today;
        Stage stage;
        String referBackReason, outcome;
        ProgrammeShare programme;
        LocalDate endedOn;
        Employer employer;
        boolean trial;
        LocalDate consentedOn, trialStartsOn, placedOn, placementEndedOn, benefitResumedOn;
        String contractType, placementEndReason;
        int hours, ladder, wageValue, motivation;
        boolean remeasured;
        Random random;
        volatile String clientId, trajectoryId;
        volatile boolean admittedNow, failed;

        static List<Story> population(int size, long seed, LocalDate today, List<Organisation> organisations) {
            List<Story> stories = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // Three in five clients at the larger organisation (UW), the rest at Pastiel.
                Organisation o = organisations.get(i % 5 < 3 ? 0 : 1);
                stories.add(of(i, new Random(seed * 1_000_003 + i), today, o));
            }
            return stories;
        }

        static Story of(int index, Random r, LocalDate today, Organisation o) {
            Story s = new Story();
            s.random = r;
            s.today = today;
            s.organisation = o;
            s.municipality = o.municipalities.get(o.municipalities.size() == 1 || r.nextInt(10) < 7 ? 0 : 1);
            s.reference = "DEMO-" + s.municipality.code + "-" + String.format("%04d", 1000 + index);
            s.bsn = bsn(index);
            s.givenNames = GIVEN[r.nextInt(GIVEN.length)];
            s.familyName = FAMILY[r.nextInt(FAMILY.length)];
            s.dateOfBirth = today.minusYears(19 + r.nextInt(42)).minusDays(r.nextInt(365));
            String area = s.municipality.postcodeAreas.get(r.nextInt(s.municipality.postcodeAreas.size()));
            s.postcode = area + " " + (char) ('A' + r.nextInt(20)) + (char) ('A' + r.nextInt(20));
            int group = r.nextInt(100);
            s.targetGroup = group < 70 ? "PARTICIPATIEWET" : group < 85 ? "NUG" : o.tenant.equals("uw") ? "STATUS_HOLDER" : "WAJONG";
            // Referrals spread over the history, a little denser in recent months as the service grows.
            int daysAgo = (int) (HISTORY_DAYS * Math.pow(r.nextDouble(), 1.15));
            s.receivedOn = today.minusDays(daysAgo);
            s.assessedOn = min(s.receivedOn.plusDays(5 + r.nextInt(10)), today);
            s.decidedOn = min(s.assessedOn.plusDays(3 + r.nextInt(10)), today);
            s.ladder = 3 + r.nextInt(3);
            s.wageValue = 50 + 5 * r.nextInt(6);
            s.motivation = 3 + r.nextInt(3);
            s.hours = 12 + 4 * r.nextInt(7);
            s.programme = pick(o.programmes, r);
            s.employer = o.employers.get(r.nextInt(o.employers.size()));

            long sinceDecision = ChronoUnit.DAYS.between(s.decidedOn, today);
            int draw = r.nextInt(100);
            if (daysAgo < 21) {
                s.stage = Stage.RECEIVED;
            } else if (draw < 9) {
                s.stage = Stage.REFERRED_BACK;
                s.referBackReason = REFER_BACK[r.nextInt(REFER_BACK.length)];
            } else if (s.programme.endsAtMaximum && s.decidedOn.plusMonths(s.programme.maxMonths).isBefore(today)) {
                // The lock-in rule: the sweep ends such a trajectory on its maximum end date and refers the client back.
                s.stage = Stage.MAXIMUM_REACHED;
            } else if (sinceDecision > 75 && draw < 52) {
                s.stage = Stage.PLACED;
                s.placedOn = s.decidedOn.plusDays(60 + r.nextInt((int) Math.min(sinceDecision - 60, 270)));
                s.trial = r.nextBoolean();
                s.trialStartsOn = s.placedOn.minusWeeks(4);
                s.consentedOn = (s.trial ? s.trialStartsOn : s.placedOn).minusDays(7);
                s.contractType = CONTRACTS[r.nextInt(CONTRACTS.length)];
                long sincePlacement = ChronoUnit.DAYS.between(s.placedOn, today);
                if (sincePlacement > 90 && r.nextInt(100) < 30) {
                    s.placementEndedOn = s.placedOn.plusDays(45 + r.nextInt((int) sincePlacement - 45));
                    s.placementEndReason = PLACEMENT_END[r.nextInt(PLACEMENT_END.length)];
                    LocalDate back = s.placementEndedOn.plusDays(14 + r.nextInt(30));
                    if (!back.isAfter(today) && r.nextInt(100) < 60) {
                        s.benefitResumedOn = back;
                    }
                }
            } else if (sinceDecision > 90 && draw < 68) {
                s.stage = Stage.ENDED_WITHOUT_WORK;
                s.outcome = NO_WORK[r.nextInt(NO_WORK.length)];
                s.endedOn = s.decidedOn.plusDays(60 + r.nextInt((int) Math.min(sinceDecision - 60, 300)));
            } else {
                s.stage = Stage.IN_TRAJECTORY;
            }
            s.remeasured = s.stage != Stage.RECEIVED && s.stage != Stage.REFERRED_BACK && sinceDecision > 120 && r.nextBoolean();
            return s;
        }

        /** The instruments of the intake, and for some a second measurement months later: development over time. */
        List<Map<String, Object>> assessments() {
            String on = assessedOn.toString();
            List<Map<String, Object>> list = new ArrayList<>(List.of(
                    Json.object("instrument", "PARTICIPATION_LADDER", "assessedOn", on, "step", ladder),
                    Json.object("instrument", "WAGE_VALUE", "assessedOn", on, "percent", wageValue),
                    Json.object("instrument", "COMPETENCES", "assessedOn", on, "socialSkills", 2 + random.nextInt(3), "motivation", motivation,
                            "workSkills", 2 + random.nextInt(3), "learningAttitude", 2 + random.nextInt(4)),
                    Json.object("instrument", "WORK_PREFERENCES", "assessedOn", on, "workTypes", List.of(employer.opening.workType),
                            "hoursPerWeek", hours, "postcode", postcode, "maxTravelMinutes", 20 + 5 * random.nextInt(6))));
            if (remeasured) {
                String later = min(decidedOn.plusDays(100 + random.nextInt(60)), endOfTrajectory()).toString();
                list.add(Json.object("instrument", "PARTICIPATION_LADDER", "assessedOn", later, "step", Math.min(6, ladder + 1)));
                list.add(Json.object("instrument", "WAGE_VALUE", "assessedOn", later, "percent", Math.min(100, wageValue + 10)));
            }
            return list;
        }

        /** Reviews every eight weeks while the trajectory ran, at most three. */
        List<LocalDate> reviews() {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = decidedOn.plusWeeks(8); days.size() < 3 && d.isBefore(endOfTrajectory()); d = d.plusWeeks(8)) {
                days.add(d);
            }
            return days;
        }

        LocalDate endOfTrajectory() {
            LocalDate end = stage == Stage.PLACED ? (trial ? trialStartsOn : placedOn) : stage == Stage.ENDED_WITHOUT_WORK ? endedOn : today;
            return min(end, today);
        }

        /** A BSN that passes the eleven-test, different for each index and unlike the hand-made demo clients'. */
        static String bsn(int index) {
            for (int candidate = 20_000_000 + index * 10; ; candidate++) {
                String digits = Integer.toString(candidate);
                int sum = 0;
                for (int i = 0; i < 8; i++) {
                    sum += (digits.charAt(i) - '0') * (9 - i);
                }
                int check = sum % 11;
                if (check < 10) {
                    return digits + check;
                }
            }
        }

        static ProgrammeShare pick(List<ProgrammeShare> shares, Random r) {
            int draw = r.nextInt(100);
            for (ProgrammeShare share : shares) {
                draw -= share.percent;
                if (draw < 0) {
                    return share;
                }
            }
            return shares.get(0);
        }

        static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }

    static final class Progress {
        final AtomicInteger done = new AtomicInteger(), failed = new AtomicInteger(), alreadyThere = new AtomicInteger(),
                referred = new AtomicInteger(), referredBack = new AtomicInteger(), admitted = new AtomicInteger(),
                endedWithoutWork = new AtomicInteger(), placed = new AtomicInteger(), placementEnded = new AtomicInteger(),
                benefitResumed = new AtomicInteger();
        volatile String step = "catalogue";
        volatile int total;

        void start(String step, int total) {
            this.step = step;
            this.total = total;
            done.set(0);
        }

        @Override
        public String toString() {
            return String.format("%s %d/%d: %d referred, %d referred back, %d admitted, %d ended without work, %d placed"
                            + " (%d placements ended, %d back on benefits); %d there already, %d failed", step, done.get(), total, referred.get(),
                    referredBack.get(), admitted.get(), endedWithoutWork.get(), placed.get(), placementEnded.get(),
                    benefitResumed.get(), alreadyThere.get(), failed.get());
        }
    }

    // ---- HTTP with real tokens

    static final class Api {
        final String intake, trajectory, matching, employer, oidc, keycloak, kcAdminUser, kcAdminPassword;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        final Map<String, Token> tokens = new ConcurrentHashMap<>();
        final AtomicInteger requests = new AtomicInteger();

        record Token(String value, Instant renewAfter) {
        }

        record Response(int status, String body) {
            Object json() {
                return body.isEmpty() ? null : Json.parse(body);
            }

            String string(String field) {
                return String.valueOf(Json.at(json(), field));
            }
        }

        Api(Map<String, String> env) {
            intake = env.getOrDefault("OPSTAP_INTAKE_URL", "http://127.0.0.1:8081");
            trajectory = env.getOrDefault("OPSTAP_TRAJECTORY_URL", "http://127.0.0.1:8082");
            matching = env.getOrDefault("OPSTAP_MATCHING_URL", "http://127.0.0.1:8083");
            employer = env.getOrDefault("OPSTAP_EMPLOYER_URL", "http://127.0.0.1:8084");
            oidc = env.getOrDefault("OPSTAP_OIDC_URL", "http://127.0.0.1:18180/realms/opstap");
            keycloak = oidc.substring(0, oidc.indexOf("/realms/"));
            kcAdminUser = env.getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            kcAdminPassword = env.getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        }

        static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        /** A demo user's token (password {@code demo}), renewed well before it expires. */
        String user(String username) {
            return token(username, () -> form(oidc + "/protocol/openid-connect/token", "grant_type", "password", "client_id", "opstap-web",
                    "username", username, "password", "demo"));
        }

        /** A municipal system's token (client credentials, secret {@code <client>-secret}). */
        String client(String clientId) {
            return token("client:" + clientId, () -> form(oidc + "/protocol/openid-connect/token", "grant_type", "client_credentials",
                    "client_id", clientId, "client_secret", clientId + "-secret"));
        }

        private String token(String key, Supplier<Response> issue) {
            Token t = tokens.get(key);
            if (t == null || Instant.now().isAfter(t.renewAfter)) {
                Response r = expect(200, issue.get());
                long lifetime = Json.integer(Json.at(r.json(), "expires_in"));
                t = new Token(r.string("access_token"), Instant.now().plusSeconds(Math.max(10, lifetime / 2)));
                tokens.put(key, t);
            }
            return t.value;
        }

        /**
         * The login of one demo employer ({@code employer-<tenant>-<kvk>}, password {@code demo}), made through Keycloak's
         * admin API as an administrator links an employer's staff: role employer, attributes org and employer_id.
         */
        String employerLogin(String tenant, String kvk, String employerId) {
            String username = "employer-" + tenant + "-" + kvk;
            String admin = token("keycloak-admin", () -> form(keycloak + "/realms/master/protocol/openid-connect/token",
                    "grant_type", "password", "client_id", "admin-cli", "username", kcAdminUser, "password", kcAdminPassword));
            String users = keycloak + "/admin/realms/opstap/users";
            Map<String, Object> user = Json.object("username", username, "enabled", true, "firstName", "Werkgever",
                    "lastName", kvk, "email", username + "@opstap.example", "emailVerified", true,
                    "attributes", Json.object("org", List.of(tenant), "employer_id", List.of(employerId)));
            Object existing = Json.at(get(users + "?exact=true&username=" + username, admin).json(), 0, "id");
            if (existing != null) {
                // Linked again each time: a fresh platform gives the same employer a new id.
                expect(204, put(users + "/" + existing, admin, user));
                return username;
            }
            user.put("credentials", List.of(Json.object("type", "password", "value", "demo", "temporary", false)));
            expect(201, post(users, admin, user));
            String userId = String.valueOf(Json.at(get(users + "?exact=true&username=" + username, admin).json(), 0, "id"));
            Object role = expect(200, get(keycloak + "/admin/realms/opstap/roles/employer", admin)).json();
            expect(204, post(users + "/" + userId + "/role-mappings/realm", admin,
                    List.of(Json.object("id", Json.at(role, "id"), "name", "employer"))));
            return username;
        }

        Response get(String url, String token) {
            return send("GET", url, token, null);
        }

        Response post(String url, String token, Object body) {
            return send("POST", url, token, body);
        }

        Response put(String url, String token, Object body) {
            return send("PUT", url, token, body);
        }

        Response form(String url, String... pairs) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                body.append(i == 0 ? "" : "&").append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
            }
            return exchange(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        Response send(String method, String url, String token, Object body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json, application/problem+json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Json.write(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return exchange(request);
        }

        /** One exchange; a rate limit (429), a service catching up (503) or a refused connection is tried again. */
        Response exchange(HttpRequest.Builder request) {
            request.timeout(Duration.ofSeconds(30));
            for (int attempt = 1; ; attempt++) {
                requests.incrementAndGet();
                try {
                    HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    if ((r.statusCode() == 429 || r.statusCode() == 503) && attempt < 20) {
                        long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                        sleep(Math.min(wait, 5) * 1000);
                        continue;
                    }
                    // Optimistic locking: a sweep or an event changed the same record in the same moment; nothing was
                    // stored, so the request is read again and retried, as the problem's detail asks.
                    if (r.statusCode() == 409 && r.body().contains("at the same moment") && attempt < 5) {
                        sleep(100L * attempt);
                        continue;
                    }
                    return new Response(r.statusCode(), r.body());
                } catch (IOException e) {
                    if (attempt >= 10) {
                        throw new IllegalStateException(request.build().uri() + ": " + e, e);
                    }
                    sleep(500L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }
        }

        Response expect(int status, Response r) {
            if (r.status() != status) {
                String detail = r.body().length() > 400 ? r.body().substring(0, 400) + "..." : r.body();
                throw new IllegalStateException("expected HTTP " + status + " but got " + r.status() + ": " + detail);
            }
            return r;
        }
    }

    // ---- just enough JSON: objects as maps, arrays as lists, numbers as BigDecimal

    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Map<String, Object> object(Object... pairs) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int k = 0; k < pairs.length; k += 2) {
                map.put((String) pairs[k], pairs[k + 1]);
            }
            return map;
        }

        /** Follows field names and list indexes; null where the path leads nowhere. */
        static Object at(Object node, Object... path) {
            for (Object step : path) {
                if (step instanceof String field && node instanceof Map<?, ?> map) {
                    node = map.get(field);
                } else if (step instanceof Integer index && node instanceof List<?> list && index < list.size()) {
                    node = list.get(index);
                } else {
                    return null;
                }
            }
            return node;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object node) {
            return node instanceof List<?> l ? (List<Object>) l : List.of();
        }

        static Integer integer(Object node) {
            return node instanceof BigDecimal n ? n.intValue() : null;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            Object value = p.value();
            p.space();
            if (p.i != text.length()) {
                throw new IllegalArgumentException("trailing text in JSON at " + p.i);
            }
            return value;
        }

        static String write(Object v) {
            StringBuilder out = new StringBuilder();
            write(v, out);
            return out.toString();
        }

        private static void write(Object v, StringBuilder out) {
            if (v == null) {
                out.append("null");
            } else if (v instanceof String str) {
                out.append('"');
                for (char c : str.toCharArray()) {
                    switch (c) {
                        case '"' -> out.append("\\\"");
                        case '\\' -> out.append("\\\\");
                        case '\n' -> out.append("\\n");
                        default -> {
                            if (c < 0x20) {
                                out.append(String.format("\\u%04x", (int) c));
                            } else {
                                out.append(c);
                            }
                        }
                    }
                }
                out.append('"');
            } else if (v instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    write(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            } else if (v instanceof List<?> list) {
                out.append('[');
                for (int k = 0; k < list.size(); k++) {
                    out.append(k == 0 ? "" : ",");
                    write(list.get(k), out);
                }
                out.append(']');
            } else {
                out.append(v); // numbers and booleans
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    i++;
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        i++; // ':'
                        map.put(key, value());
                        space();
                        if (s.charAt(i++) == '}') {
                            return map;
                        }
                    }
                }
                case '[' -> {
                    List<Object> list = new ArrayList<>();
                    i++;
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        space();
                        if (s.charAt(i++) == ']') {
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    return new BigDecimal(s.substring(start, i));
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
