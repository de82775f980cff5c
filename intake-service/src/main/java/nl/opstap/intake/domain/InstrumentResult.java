package nl.opstap.intake.domain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.opstap.events.vocabulary.PhysicalLimit;

/** The result of one instrument, as stored in an assessment. Plain data; validated at the API edge. */
public sealed interface InstrumentResult {

    Instrument instrument();

    record ParticipationLadder(int step) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.PARTICIPATION_LADDER;
        }
    }

    record Zrm(Map<ZrmDomain, Integer> scores) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.ZRM;
        }

        /** The weakest domain's score: one acute problem is what blocks a trajectory. */
        public int lowestScore() {
            return Collections.min(scores.values());
        }
    }

    record WageValue(int percent) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.WAGE_VALUE;
        }
    }

    record Competences(int socialSkills, int motivation, int workSkills, int learningAttitude) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.COMPETENCES;
        }
    }

    /** Scores 0-100 keyed by R, I, A, S, E, C. */
    record Riasec(Map<String, Integer> scores) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.RIASEC;
        }
    }

    record WorkPreferences(List<String> workTypes, int hoursPerWeek, String postcode, int maxTravelMinutes) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.WORK_PREFERENCES;
        }

        /** The four digits of the postcode: enough to compute travel, not enough to find a house. */
        public String postcodeArea() {
            return postcode == null ? null : postcode.substring(0, 4);
        }
    }

    record PhysicalLimits(List<PhysicalLimit> limits) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.PHYSICAL_LIMITS;
        }
    }

    record Certificates(List<String> certificates) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.CERTIFICATES;
        }
    }

    /** Whether a psychologist, company doctor or labour expert should look first. */
    record InDepthDiagnosis(boolean needed, DiagnosisDiscipline discipline, String note) implements InstrumentResult {
        public Instrument instrument() {
            return Instrument.IN_DEPTH_DIAGNOSIS;
        }
    }

    enum DiagnosisDiscipline { PSYCHOLOGIST, COMPANY_DOCTOR, LABOUR_EXPERT }

    static Class<? extends InstrumentResult> typeOf(Instrument instrument) {
        return switch (instrument) {
            case PARTICIPATION_LADDER -> ParticipationLadder.class;
            case ZRM -> Zrm.class;
            case WAGE_VALUE -> WageValue.class;
            case COMPETENCES -> Competences.class;
            case RIASEC -> Riasec.class;
            case WORK_PREFERENCES -> WorkPreferences.class;
            case PHYSICAL_LIMITS -> PhysicalLimits.class;
            case CERTIFICATES -> Certificates.class;
            case IN_DEPTH_DIAGNOSIS -> InDepthDiagnosis.class;
        };
    }
}
