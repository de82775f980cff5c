package nl.opstap.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.ReferralReceived;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.CriterionAttribute;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.CriterionResult;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Kind;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Outcome;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Verdict;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.ResultWithEvents;
import nl.opstap.support.domain.RuleViolationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every transition of a referral and the rule that guards it, without Quarkus. */
class ReferralTest {

    // 23:30 UTC on 1 March is already 2 March in Amsterdam: the events carry the Dutch date.
    private static final Instant NOW = Instant.parse("2026-03-01T23:30:00Z");
    private static final LocalDate DUTCH_TODAY = LocalDate.of(2026, 3, 2);
    private static final UUID CLIENT = UUID.randomUUID();
    private static final ProgrammePublished PROGRAMME = new ProgrammePublished(UUID.randomUUID(), 3, "UW Werkfit", List.of(TargetGroup.WW),
            List.of(), List.of(), List.of("preparation"), 3, 6, 1, 3, 3, BenefitSituation.RETAINED_BENEFIT, BigDecimal.valueOf(3000),
            PriceUnit.PER_TRAJECTORY);
    private static final ClientProfile PROFILE = new ClientProfile(4, 60, null, null, List.of(), 24, "3526", 30, List.of(), List.of());

    private static NewReferral request() {
        return request(null);
    }

    private static NewReferral request(LocalDate receivedOn) {
        return new NewReferral("UTR-1", Bsn.of("111222333"), "Fatima", "El Amrani", LocalDate.of(1990, 4, 12), null, null, "3511AB",
                TargetGroup.WW, BenefitSituation.RETAINED_BENEFIT, "Werkfit?", null, receivedOn);
    }

    private static Referral received() {
        return Referral.receive("uw", CLIENT, "GM0344", "key-1", "fingerprint", request(), NOW).aggregate();
    }

    private static ProgrammeFit fit(Verdict verdict) {
        CriterionResult ladder = new CriterionResult("ladder-3-6", "Participation ladder step 3 to 6", Kind.INCLUSION,
                CriterionAttribute.PARTICIPATION_LADDER_STEP, "BETWEEN", List.of("3", "6"), null,
                verdict == Verdict.DOES_NOT_FIT ? Outcome.NOT_MET : Outcome.MET, "step 2 is below 3");
        return new ProgrammeFit(PROGRAMME, verdict, List.of(ladder));
    }

    @Test
    void shouldBeReceivedWithItsEventDatedInAmsterdam() {
        ResultWithEvents<Referral> received = Referral.receive("uw", CLIENT, "GM0344", "key-1", "fingerprint", request(), NOW);

        Referral referral = received.aggregate();
        assertEquals(ReferralStatus.RECEIVED, referral.status);
        assertTrue(referral.isOpen());
        ReferralReceived event = assertInstanceOf(ReferralReceived.class, received.events().get(0));
        assertEquals(referral.id, event.referralId());
        assertEquals(DUTCH_TODAY, event.receivedOn());
    }

    @Test
    void shouldBeReceivedOnTheDayTheMunicipalityNamesWhenItIsRegisteredLater() {
        LocalDate sentOn = DUTCH_TODAY.minusMonths(4);
        ResultWithEvents<Referral> received = Referral.receive("uw", CLIENT, "GM0344", "key-1", "fingerprint", request(sentOn), NOW);

        assertEquals(sentOn, received.aggregate().receivedOn);
        assertEquals(NOW, received.aggregate().receivedAt);
        assertEquals(sentOn, assertInstanceOf(ReferralReceived.class, received.events().get(0)).receivedOn());
    }

    @Test
    void shouldAcceptARepeatOnlyWithTheSameContent() {
        Referral referral = received();
        referral.requireSameContent("fingerprint");
        assertThrows(InvalidTransitionException.class, () -> referral.requireSameContent("other"));
    }

    @Test
    void shouldPlanAnIntakeAndStayOpen() {
        Referral referral = received();
        referral.planIntake(DUTCH_TODAY.plusDays(7), "uw-consultant", NOW);

        assertEquals(ReferralStatus.INTAKE_PLANNED, referral.status);
        assertEquals(DUTCH_TODAY.plusDays(7), referral.intakePlannedOn);
        assertTrue(referral.isOpen());
    }

    @Nested
    class Admission {

        @Test
        void shouldAdmitAClientWhoFitsAndSayWhatTheTrajectoryNeeds() {
            Referral referral = received();
            ClientAdmitted event = referral.admit(fit(Verdict.FITS), null, "goed gesprek", "uw-consultant", DUTCH_TODAY, NOW, PROFILE, AgeBand.FROM_27_TO_44);

            assertEquals(ReferralStatus.ADMITTED, referral.status);
            assertNull(referral.statusReason);
            assertEquals(PROGRAMME.programmeId(), event.programmeId());
            assertEquals(3, event.programmeVersion());
            assertEquals(DUTCH_TODAY, event.admittedOn());
            assertEquals(PROFILE, event.profile());
        }

        @Test
        void shouldDateTheAdmissionOnTheDayOfTheDecisionBetweenReceiptAndToday() {
            Referral referral = Referral.receive("uw", CLIENT, "GM0344", "key-1", "fingerprint", request(DUTCH_TODAY.minusMonths(3)), NOW)
                    .aggregate();
            LocalDate decidedOn = DUTCH_TODAY.minusMonths(2);

            assertThrows(RuleViolationException.class, () -> referral.admit(fit(Verdict.FITS), null, null, "uw-consultant",
                    DUTCH_TODAY.minusMonths(3).minusDays(1), NOW, PROFILE, AgeBand.FROM_27_TO_44));
            assertThrows(RuleViolationException.class, () -> referral.admit(fit(Verdict.FITS), null, null, "uw-consultant",
                    DUTCH_TODAY.plusDays(1), NOW, PROFILE, AgeBand.FROM_27_TO_44));
            assertEquals(ReferralStatus.RECEIVED, referral.status);

            ClientAdmitted event = referral.admit(fit(Verdict.FITS), null, null, "uw-consultant", decidedOn, NOW, PROFILE, AgeBand.FROM_27_TO_44);
            assertEquals(decidedOn, event.admittedOn());
            assertEquals(decidedOn, referral.decidedOn);
            assertEquals(NOW, referral.statusChangedAt);
        }

        @Test
        void shouldRefuseAClientWhoDoesNotFitWithoutAnOverrideReasonNamingTheUnmetCriteria() {
            Referral referral = received();
            ProgrammeMismatchException e = assertThrows(ProgrammeMismatchException.class,
                    () -> referral.admit(fit(Verdict.DOES_NOT_FIT), " ", null, "uw-consultant", DUTCH_TODAY, NOW, PROFILE, AgeBand.FROM_27_TO_44));

            assertEquals(List.of("ladder-3-6"), e.unmet().stream().map(CriterionResult::code).toList());
            assertEquals(ReferralStatus.RECEIVED, referral.status);
        }

        @Test
        void shouldAdmitAgainstTheFitWithAnOverrideReasonAndKeepIt() {
            Referral referral = received();
            referral.admit(fit(Verdict.DOES_NOT_FIT), "Werkgever wacht", "note", "uw-consultant", DUTCH_TODAY, NOW, PROFILE, AgeBand.FROM_27_TO_44);

            assertEquals(ReferralStatus.ADMITTED, referral.status);
            assertEquals("ADMITTED_WITH_OVERRIDE", referral.statusReason);
            assertEquals("Override: Werkgever wacht\nnote", referral.decisionNote);
        }
    }

    @Test
    void shouldReferBackWithTheReason() {
        Referral referral = received();
        ClientReferredBack event = referral.referBack(ReferBackReason.values()[0], "niet nu", "uw-consultant", DUTCH_TODAY, NOW);

        assertEquals(ReferralStatus.REFERRED_BACK, referral.status);
        assertEquals(ReferBackReason.values()[0].name(), referral.statusReason);
        assertEquals(ReferBackReason.values()[0], event.reason());
        assertEquals(DUTCH_TODAY, event.referredBackOn());
        assertFalse(referral.isOpen());
    }

    @Test
    void shouldRefuseEveryDecisionOnceDecided() {
        Referral referral = received();
        referral.referBack(ReferBackReason.values()[0], null, "uw-consultant", DUTCH_TODAY, NOW);

        assertThrows(InvalidTransitionException.class, () -> referral.planIntake(DUTCH_TODAY, "uw-consultant", NOW));
        assertThrows(InvalidTransitionException.class, () -> referral.admit(fit(Verdict.FITS), null, null, "uw-consultant", DUTCH_TODAY, NOW, PROFILE, AgeBand.FROM_27_TO_44));
        assertThrows(InvalidTransitionException.class, () -> referral.referBack(ReferBackReason.values()[0], null, "uw-consultant", DUTCH_TODAY, NOW));
    }

    @Test
    void shouldRecordTheTrajectoryEndOnlyForAnAdmission() {
        Referral open = received();
        assertFalse(open.trajectoryEnded(TrajectoryOutcome.values()[0], NOW));
        assertEquals(ReferralStatus.RECEIVED, open.status);

        Referral admitted = received();
        admitted.admit(fit(Verdict.FITS), null, null, "uw-consultant", DUTCH_TODAY, NOW, PROFILE, AgeBand.FROM_27_TO_44);
        assertTrue(admitted.trajectoryEnded(TrajectoryOutcome.values()[0], NOW));
        assertEquals(ReferralStatus.TRAJECTORY_ENDED, admitted.status);
        assertEquals(TrajectoryOutcome.values()[0].name(), admitted.statusReason);
        assertFalse(admitted.trajectoryEnded(TrajectoryOutcome.values()[0], NOW));
    }
}
