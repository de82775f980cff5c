package nl.opstap.reporting.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything known about one tenant's client journeys, the input of every KPI. */
public record JourneyFacts(
        List<ReferralFact> referrals,
        List<AdmissionFact> admissions,
        List<ReferredBackFact> referredBack,
        List<TrajectoryFact> trajectories,
        List<PlacementFact> placements,
        List<AftercareFact> aftercare,
        List<BenefitResumptionFact> benefitResumptions,
        List<DevelopmentFact> developmentMeasurements,
        List<SroiCreditFact> sroiCredits,
        List<SroiContractFact> sroiContracts,
        Map<UUID, ProgrammeFact> programmes) {
}
