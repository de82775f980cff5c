package nl.opstap.intake.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import nl.opstap.intake.domain.NewReferral;
import nl.opstap.support.problem.ProblemException;

/**
 * Reads one item of a referral batch as the edge reads a single referral (strict JSON, Bean Validation), so
 * that an unreadable or invalid item is rejected alone with its own problem instead of failing the batch.
 */
@ApplicationScoped
class BatchItemReader {

    /** One submitted item: the referral read from it, or why it could not be read. */
    record ReadItem(int index, String reference, NewReferral referral, ProblemException unreadable) {
    }

    private final ObjectMapper json;
    private final Validator validator;

    BatchItemReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    ReadItem read(int index, JsonNode node) {
        String reference = node == null ? null : node.path("municipalityReference").asText(null);
        try {
            if (node == null || node.isNull()) {
                throw ProblemException.invalid("", "must not be null");
            }
            ReferralRequest item = json.treeToValue(node, ReferralRequest.class);
            Set<ConstraintViolation<ReferralRequest>> violations = validator.validate(item);
            if (!violations.isEmpty()) {
                throw ProblemException.fromViolations(violations);
            }
            return new ReadItem(index, reference, item.toNewReferral(), null);
        } catch (JsonProcessingException e) {
            return new ReadItem(index, reference, null, ProblemException.unreadable(e));
        } catch (ProblemException e) {
            return new ReadItem(index, reference, null, e);
        }
    }
}
