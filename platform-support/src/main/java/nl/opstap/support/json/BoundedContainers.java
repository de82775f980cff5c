package nl.opstap.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Caps every array and map in a request while it is read: at the field's own {@code @Size(max)} where it has
 * one, else at {@link RequestLimits#MAX_CONTAINER_SIZE}. So 50,000 empty goals are refused as one error
 * instead of becoming 200,000 validation violations; the elements of a list that is too long are never validated.
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

        private final int max;

        Bounded(JsonDeserializer<?> delegate) {
            this(delegate, RequestLimits.MAX_CONTAINER_SIZE);
        }

        private Bounded(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Bounded(newDelegatee, max);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<?> contextual = super.createContextual(ctxt, property);
            Size size = property == null ? null : property.getAnnotation(Size.class);
            if (size == null || size.max() >= max || !(contextual instanceof Bounded bounded)) {
                return contextual;
            }
            return new Bounded(bounded._delegatee, size.max());
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
            if (size > max) {
                throw new RejectedValueException(p, "must have at most " + max + " elements");
            }
            return value;
        }
    }
}
