package nl.opstap.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TrajectoryOutcome;

/**
 * Computes every KPI from one tenant's journey facts. Facts are attributed to a programme through the fact
 * itself where it names one (admission, trajectory, indicated programme of a referral), otherwise through the
 * client's latest admission; to a municipality through the client's admission or referral. Nothing here
 * depends on the order in which the facts arrived.
 */
public final class KpiCalculator {

    private final JourneyFacts facts;
    private final KpiFilter filter;
    private final LocalDate today;
    private final Map<UUID, String> municipalityByClient = new HashMap<>();
    private final Map<UUID, UUID> programmeByClient = new HashMap<>();
    private final Map<UUID, UUID> programmeByReferral = new HashMap<>();
    private final Map<UUID, List<PlacementFact>> placementsByClient = new HashMap<>();
    private final Map<UUID, List<LocalDate>> resumptionsByClient = new HashMap<>();

    public KpiCalculator(JourneyFacts facts, KpiFilter filter, LocalDate today) {
        this.facts = facts;
        this.filter = filter;
        this.today = today;
        facts.referrals().forEach(r -> {
            municipalityByClient.putIfAbsent(r.clientId(), r.municipalityCode());
            if (r.indicatedProgrammeId() != null) {
                programmeByReferral.put(r.referralId(), r.indicatedProgrammeId());
            }
        });
        facts.admissions().stream().sorted(Comparator.comparing(AdmissionFact::admittedOn)).forEach(a -> {
            municipalityByClient.put(a.clientId(), a.municipalityCode());
            programmeByClient.put(a.clientId(), a.programmeId());
            programmeByReferral.put(a.referralId(), a.programmeId());
        });
        facts.trajectories().forEach(t -> programmeByClient.putIfAbsent(t.clientId(), t.programmeId()));
        facts.placements().forEach(p -> placementsByClient.computeIfAbsent(p.clientId(), c -> new ArrayList<>()).add(p));
        facts.benefitResumptions().forEach(b -> resumptionsByClient.computeIfAbsent(b.clientId(), c -> new ArrayList<>()).add(b.resumedOn()));
    }

    public FunnelReport funnel() {
        ReportingPeriod period = filter.period();
        long referrals = facts.referrals().stream()
                .filter(r -> period.contains(r.receivedOn()) && inScope(r.clientId(), programmeByReferral.get(r.referralId())))
                .count();
        long admitted = facts.admissions().stream()
                .filter(a -> period.contains(a.admittedOn()) && inScope(a.clientId(), a.programmeId()))
                .count();
        List<ReferredBackFact> referredBack = facts.referredBack().stream()
                .filter(b -> period.contains(b.referredBackOn()) && inScope(b.clientId(), programmeByReferral.get(b.referralId())))
                .toList();
        Map<ReferBackReason, Long> byReason = new EnumMap<>(ReferBackReason.class);
        referredBack.forEach(b -> byReason.merge(b.reason(), 1L, Long::sum));
        long started = facts.trajectories().stream()
                .filter(t -> period.contains(t.startedOn()) && inScope(t.clientId(), t.programmeId()))
                .count();
        return new FunnelReport(period.label(), referrals, admitted + referredBack.size(), admitted, referredBack.size(),
                byReason.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue())).toList(), started);
    }

    public OutflowReport outflow(int fullTimeHoursPerWeek) {
        long intake = facts.admissions().stream()
                .filter(a -> filter.period().contains(a.admittedOn()) && inScope(a.clientId(), a.programmeId()))
                .count();
        List<TrajectoryFact> ended = endedInPeriod(t -> true);
        Map<TrajectoryOutcome, Long> byOutcome = new EnumMap<>(TrajectoryOutcome.class);
        ended.forEach(t -> byOutcome.merge(t.outcome(), 1L, Long::sum));
        long fullTime = 0;
        long partTime = 0;
        long subsidised = 0;
        for (TrajectoryFact leaver : ended.stream().filter(TrajectoryFact::leftForWork).toList()) {
            switch (workKind(leaver, fullTimeHoursPerWeek)) {
                case FULL_TIME -> fullTime++;
                case PART_TIME -> partTime++;
                case SUBSIDISED -> subsidised++;
            }
        }
        List<Long> durations = ended.stream().map(t -> ChronoUnit.DAYS.between(t.startedOn(), t.endedOn())).sorted().toList();
        Long average = durations.isEmpty() ? null
                : Math.round(durations.stream().mapToLong(Long::longValue).sum() / (double) durations.size());
        Long median = durations.isEmpty() ? null : durations.get((durations.size() - 1) / 2);
        List<TrajectoryFact> withKnownMaximum = ended.stream()
                .filter(t -> facts.programmes().containsKey(t.programmeId())).toList();
        long reachedMaximum = withKnownMaximum.stream()
                .filter(t -> !t.endedOn().isBefore(t.startedOn().plusMonths(facts.programmes().get(t.programmeId()).maxDurationMonths())))
                .count();
        return new OutflowReport(filter.period().label(), intake, ended.size(),
                byOutcome.entrySet().stream().map(e -> new OutcomeCount(e.getKey(), e.getValue())).toList(),
                Share.of(fullTime + partTime + subsidised, intake), Share.of(fullTime, intake), Share.of(partTime, intake),
                Share.of(subsidised, intake), fullTimeHoursPerWeek, average, median,
                Share.of(ended.stream().filter(t -> t.extensions() > 0).count(), ended.size()),
                Share.of(reachedMaximum, withKnownMaximum.size()));
    }

    public SustainableOutflowReport sustainableOutflow() {
        List<TrajectoryFact> leavers = endedInPeriod(TrajectoryFact::leftForWork);
        LocalDate referenceDate = LocalDate.of(filter.period().to().getYear(), 7, 2);
        if (referenceDate.isAfter(today)) {
            referenceDate = referenceDate.minusYears(1);
        }
        LocalDate reference = referenceDate;
        List<TrajectoryFact> referenceCohort = facts.trajectories().stream()
                .filter(t -> t.leftForWork() && inScope(t.clientId(), t.programmeId())
                        && t.endedOn().isBefore(reference.minusMonths(6)) && !t.endedOn().isBefore(reference.minusMonths(18)))
                .toList();
        return new SustainableOutflowReport(filter.period().label(), leavers.size(), noBenefitWithin(leavers, 6),
                noBenefitWithin(leavers, 12), reference,
                Share.of(referenceCohort.stream().filter(t -> !backOnBenefit(t, reference)).count(), referenceCohort.size()));
    }

    public EmploymentAfterExitReport employmentAfterExit() {
        List<TrajectoryFact> leavers = endedInPeriod(t -> true);
        return new EmploymentAfterExitReport(filter.period().label(), leavers.size(), employedInQuarterAfterExit(leavers, 2),
                employedInQuarterAfterExit(leavers, 4));
    }

    public AftercareReport aftercare() {
        List<AftercareFact> completed = facts.aftercare().stream()
                .filter(a -> filter.period().contains(a.endedOn()) && inScope(a.clientId(), programmeByClient.get(a.clientId())))
                .toList();
        List<PlacementFact> started = facts.placements().stream()
                .filter(p -> filter.period().contains(p.placedOn()) && inScope(p.clientId(), programmeByClient.get(p.clientId())))
                .toList();
        return new AftercareReport(filter.period().label(),
                Share.of(completed.stream().filter(AftercareFact::stillEmployed).count(), completed.size()),
                started.size(), runningAfter(started, 3), runningAfter(started, 6), runningAfter(started, 12));
    }

    /**
     * The money of the trajectories ended in the period: their price, the cost per leaver to work, and the benefit cost
     * avoided in the first year after exit, estimated per leaver to work as the municipality's annual benefit amount,
     * or the part of the year until a known BenefitResumed.
     *
     * @param annualBenefitCents the annual benefit amount in cents per municipality (CBS code, null when unknown)
     */
    public MoneyReport money(Function<String, Long> annualBenefitCents) {
        List<TrajectoryFact> ended = endedInPeriod(t -> true);
        long priced = 0;
        long costCents = 0;
        for (TrajectoryFact trajectory : ended) {
            ProgrammeFact programme = facts.programmes().get(trajectory.programmeId());
            Long cost = programme == null ? null : programme.costCents(trajectory.startedOn(), trajectory.endedOn());
            if (cost != null) {
                priced++;
                costCents += cost;
            }
        }
        List<TrajectoryFact> leavers = ended.stream().filter(TrajectoryFact::leftForWork).toList();
        long avoidedCents = 0;
        for (TrajectoryFact leaver : leavers) {
            long annual = annualBenefitCents.apply(municipalityByClient.get(leaver.clientId()));
            LocalDate yearAfterExit = leaver.endedOn().plusYears(1);
            Optional<LocalDate> backOnBenefit = resumptionsByClient.getOrDefault(leaver.clientId(), List.of()).stream()
                    .filter(d -> !d.isBefore(leaver.endedOn()) && d.isBefore(yearAfterExit)).min(Comparator.naturalOrder());
            // Back within the year: the days off benefits of a 365-day year; otherwise the whole annual amount.
            avoidedCents += backOnBenefit.map(d -> BigDecimal.valueOf(annual * Math.min(365, ChronoUnit.DAYS.between(leaver.endedOn(), d)))
                    .divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_UP).longValueExact()).orElse(annual);
        }
        Long perLeaver = leavers.isEmpty() ? null
                : BigDecimal.valueOf(costCents).divide(BigDecimal.valueOf(leavers.size()), 0, RoundingMode.HALF_UP).longValueExact();
        return new MoneyReport(filter.period().label(), ended.size(), priced, costCents, leavers.size(), perLeaver, avoidedCents,
                avoidedCents - costCents);
    }

    /**
     * Per measure: the clients with at least two measurements up to the period's end whose latest lies in the period,
     * their first against their latest value. Measurements on the same day are ordered by id, so the result is stable.
     */
    public DevelopmentReport development() {
        ReportingPeriod period = filter.period();
        Map<UUID, List<DevelopmentFact>> byClient = new HashMap<>();
        facts.developmentMeasurements().stream()
                .filter(m -> !m.measuredOn().isAfter(period.to()) && inScope(m.clientId(), programmeByClient.get(m.clientId())))
                .forEach(m -> byClient.computeIfAbsent(m.clientId(), c -> new ArrayList<>()).add(m));
        Comparator<DevelopmentFact> order = Comparator.comparing(DevelopmentFact::measuredOn).thenComparing(m -> m.measurementId().toString());
        List<DevelopmentChange> changes = new ArrayList<>();
        for (DevelopmentMeasure measure : DevelopmentMeasure.values()) {
            List<BigDecimal[]> firstAndLatest = new ArrayList<>();
            byClient.values().forEach(measurements -> {
                List<DevelopmentFact> ofMeasure = measurements.stream().filter(m -> m.value(measure) != null).sorted(order).toList();
                if (ofMeasure.size() >= 2 && period.contains(ofMeasure.get(ofMeasure.size() - 1).measuredOn())) {
                    firstAndLatest.add(new BigDecimal[] {ofMeasure.get(0).value(measure), ofMeasure.get(ofMeasure.size() - 1).value(measure)});
                }
            });
            changes.add(change(measure, firstAndLatest));
        }
        return new DevelopmentReport(period.label(), changes);
    }

    private static DevelopmentChange change(DevelopmentMeasure measure, List<BigDecimal[]> firstAndLatest) {
        long clients = firstAndLatest.size();
        long improved = firstAndLatest.stream().filter(v -> v[1].compareTo(v[0]) > 0).count();
        long declined = firstAndLatest.stream().filter(v -> v[1].compareTo(v[0]) < 0).count();
        if (clients == 0) {
            return new DevelopmentChange(measure, 0, null, null, null, Share.of(0, 0), Share.of(0, 0), Share.of(0, 0));
        }
        BigDecimal first = average(firstAndLatest.stream().map(v -> v[0]).toList());
        BigDecimal latest = average(firstAndLatest.stream().map(v -> v[1]).toList());
        return new DevelopmentChange(measure, clients, first, latest, latest.subtract(first), Share.of(improved, clients),
                Share.of(clients - improved - declined, clients), Share.of(declined, clients));
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /**
     * Per employer and contract: credits whose month lies in the period, and the contract's balance at the period's
     * end (realised to date against the obligation). Every contract running in the period has a line, credited or not.
     */
    public SroiReport sroi() {
        ReportingPeriod period = filter.period();
        // A manual credit has no client, so it counts only when the table is not narrowed to a programme or municipality;
        // an obligation is the whole contract's, so it is only reported unnarrowed too.
        boolean narrowed = filter.programmeId() != null || filter.municipalityCode() != null;
        Map<UUID, SroiContractFact> contracts = new HashMap<>();
        facts.sroiContracts().forEach(c -> contracts.put(c.contractId(), c));
        // employer, contract -> credits, manual credits, realised in the period, realised up to the period's end
        Map<List<UUID>, long[]> sums = new HashMap<>();
        facts.sroiCredits().stream()
                .filter(c -> c.manual() ? !narrowed : inScope(c.clientId(), programmeByClient.get(c.clientId())))
                .filter(c -> !YearMonth.parse(c.period()).atDay(1).isAfter(period.to()))
                .forEach(c -> {
                    long[] line = sums.computeIfAbsent(List.of(c.employerId(), c.contractId()), k -> new long[4]);
                    if (period.containsMonth(c.period())) {
                        line[c.manual() ? 1 : 0]++;
                        line[2] += c.amountCents();
                    }
                    line[3] += c.amountCents();
                });
        if (!narrowed) {
            contracts.values().stream()
                    .filter(c -> runsIn(c, period))
                    .forEach(c -> sums.computeIfAbsent(List.of(c.employerId(), c.contractId()), k -> new long[4]));
        }
        List<SroiLine> lines = sums.entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0 || runsIn(contracts.get(e.getKey().get(1)), period))
                .map(e -> sroiLine(e.getKey().get(0), e.getKey().get(1), e.getValue(), narrowed ? null : contracts.get(e.getKey().get(1))))
                .sorted(Comparator.comparingLong(SroiLine::realisedCents).reversed().thenComparing(l -> l.contractId().toString()))
                .toList();
        return new SroiReport(period.label(), lines, lines.stream().mapToLong(SroiLine::realisedCents).sum(),
                narrowed ? null : lines.stream().map(SroiLine::obligationCents).filter(Objects::nonNull).mapToLong(Long::longValue).sum(),
                narrowed ? null : lines.stream().map(SroiLine::remainingCents).filter(Objects::nonNull).mapToLong(Long::longValue).sum());
    }

    private static boolean runsIn(SroiContractFact contract, ReportingPeriod period) {
        return contract != null && !contract.startsOn().isAfter(period.to()) && !contract.endsOn().isBefore(period.from());
    }

    /** A line; obligation and remaining only when the contract's signature is known (and the table is not narrowed). */
    private static SroiLine sroiLine(UUID employerId, UUID contractId, long[] sums, SroiContractFact contract) {
        Long obligation = contract == null ? null : contract.obligationCents();
        Long remaining = obligation == null ? null : Math.max(0, obligation - sums[3]);
        return new SroiLine(employerId, contractId, sums[0], sums[1], sums[2], contract == null ? null : contract.tenderReference(),
                contract == null ? null : contract.contractingAuthority(), sums[3], obligation, remaining);
    }

    /** How a leaver to work works: by the placement at exit when there is one, else by the outcome the coach recorded. */
    WorkKind workKind(TrajectoryFact leaver, int fullTimeHoursPerWeek) {
        PlacementFact atExit = placementAtExit(leaver);
        boolean subsidisedContract = atExit != null
                && (atExit.contractType() == ContractType.WAGE_COST_SUBSIDY || atExit.contractType() == ContractType.SHELTERED_WORK);
        if (leaver.outcome() == TrajectoryOutcome.SUBSIDISED_WORK || subsidisedContract) {
            return WorkKind.SUBSIDISED;
        }
        if (atExit != null && atExit.hoursPerWeek() != null) {
            return atExit.hoursPerWeek() >= fullTimeHoursPerWeek ? WorkKind.FULL_TIME : WorkKind.PART_TIME;
        }
        return leaver.outcome() == TrajectoryOutcome.REGULAR_WORK_FULL_TIME ? WorkKind.FULL_TIME : WorkKind.PART_TIME;
    }

    /** The latest placement that started no later than a month after the trajectory ended (placement often ends it). */
    private PlacementFact placementAtExit(TrajectoryFact leaver) {
        LocalDate latestStart = leaver.endedOn().plusMonths(1);
        return placementsByClient.getOrDefault(leaver.clientId(), List.of()).stream()
                .filter(p -> p.placedOn() != null && !p.placedOn().isAfter(latestStart))
                .max(Comparator.comparing(PlacementFact::placedOn))
                .orElse(null);
    }

    private Share noBenefitWithin(List<TrajectoryFact> leavers, int months) {
        List<TrajectoryFact> measurable = leavers.stream().filter(t -> !t.endedOn().plusMonths(months).isAfter(today)).toList();
        return Share.of(measurable.stream().filter(t -> !backOnBenefit(t, t.endedOn().plusMonths(months))).count(), measurable.size());
    }

    private Share employedInQuarterAfterExit(List<TrajectoryFact> leavers, int quarter) {
        long measurable = 0;
        long employed = 0;
        for (TrajectoryFact leaver : leavers) {
            LocalDate exitQuarterStart = leaver.endedOn().withDayOfMonth(1).withMonth((leaver.endedOn().getMonthValue() - 1) / 3 * 3 + 1);
            LocalDate lastDay = exitQuarterStart.plusMonths(3L * (quarter + 1)).minusDays(1);
            if (lastDay.isAfter(today)) {
                continue;
            }
            measurable++;
            boolean placed = placementsByClient.getOrDefault(leaver.clientId(), List.of()).stream().anyMatch(p -> p.runningOn(lastDay));
            if (placed && !backOnBenefit(leaver, lastDay)) {
                employed++;
            }
        }
        return Share.of(employed, measurable);
    }

    private Share runningAfter(List<PlacementFact> placements, int months) {
        List<PlacementFact> measurable = placements.stream().filter(p -> !p.placedOn().plusMonths(months).isAfter(today)).toList();
        return Share.of(measurable.stream().filter(p -> p.runningOn(p.placedOn().plusMonths(months))).count(), measurable.size());
    }

    /** A BenefitResumed after the exit, up to and including {@code until}. */
    private boolean backOnBenefit(TrajectoryFact leaver, LocalDate until) {
        return resumptionsByClient.getOrDefault(leaver.clientId(), List.of()).stream()
                .anyMatch(d -> d.isAfter(leaver.endedOn()) && !d.isAfter(until));
    }

    private List<TrajectoryFact> endedInPeriod(Predicate<TrajectoryFact> which) {
        return facts.trajectories().stream()
                .filter(t -> t.ended() && filter.period().contains(t.endedOn()) && inScope(t.clientId(), t.programmeId()) && which.test(t))
                .toList();
    }

    private boolean inScope(UUID clientId, UUID programmeId) {
        return (filter.programmeId() == null || filter.programmeId().equals(programmeId))
                && (filter.municipalityCode() == null || Objects.equals(filter.municipalityCode(), municipalityByClient.get(clientId)));
    }

    enum WorkKind {
        FULL_TIME, PART_TIME, SUBSIDISED
    }
}
