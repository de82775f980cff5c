package nl.opstap.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Caps every array and map in a request at {@link RequestLimits#MAX_CONTAINER_SIZE} while it is read, so
 * that 50,000 empty objects are refused as one error instead of becoming 200,000 validation violations.
 * Field limits ({@code @Size}) stay with Bean Validation; this is the floor under all of them.
 */
final class BoundedContainers extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type, BeanDescription beanDesc,
            JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type, BeanDescription beanDesc,
            JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    private static final class Bounded extends DelegatingDeserializer {

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Bounded(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, super.deserialize(p, ctxt));
        }

        private static Object checked(JsonParser p, Object value) throws JsonMappingException {
            int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
            if (size > RequestLimits.MAX_CONTAINER_SIZE) {
                throw new RejectedValueException(p, "must have at most " + RequestLimits.MAX_CONTAINER_SIZE + " elements");
            }
            return value;
        }
    }
}
