package nl.mijnstad.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.TypeSystem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Neo4j property values as JSON that keeps their Cypher type: each value is an object with one field named
 * after its type ({@code {"date": "2017-01-03"}}, {@code {"integer": 23}}), so a date stays a date and an
 * integer never comes back as a float. Maps are written with sorted keys, which makes the JSON canonical.
 */
final class PropertyValues {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private PropertyValues() {
	}

	/** A node's or relationship's properties, keys sorted. */
	static ObjectNode encode(Map<String, Value> properties) {
		ObjectNode encoded = JSON.objectNode();
		new TreeMap<>(properties).forEach((key, value) -> encoded.set(key, encode(value)));
		return encoded;
	}

	static ObjectNode encode(Value value) {
		ObjectNode typed = JSON.objectNode();
		if (TYPES.STRING().isTypeOf(value)) {
			typed.put("string", value.asString());
		}
		else if (TYPES.INTEGER().isTypeOf(value)) {
			typed.put("integer", value.asLong());
		}
		else if (TYPES.FLOAT().isTypeOf(value)) {
			double number = value.asDouble();
			// JSON has no NaN or infinity; Double.toString and parseDouble round-trip every double exactly.
			typed.set("float", Double.isFinite(number) ? JSON.numberNode(number) : JSON.stringNode(Double.toString(number)));
		}
		else if (TYPES.BOOLEAN().isTypeOf(value)) {
			typed.put("boolean", value.asBoolean());
		}
		else if (TYPES.DATE().isTypeOf(value)) {
			typed.put("date", value.asLocalDate().toString());
		}
		else if (TYPES.DATE_TIME().isTypeOf(value)) {
			typed.put("datetime", value.asZonedDateTime().toString());
		}
		else if (TYPES.LOCAL_DATE_TIME().isTypeOf(value)) {
			typed.put("localdatetime", value.asLocalDateTime().toString());
		}
		else if (TYPES.TIME().isTypeOf(value)) {
			typed.put("time", value.asOffsetTime().toString());
		}
		else if (TYPES.LOCAL_TIME().isTypeOf(value)) {
			typed.put("localtime", value.asLocalTime().toString());
		}
		else if (TYPES.DURATION().isTypeOf(value)) {
			IsoDuration duration = value.asIsoDuration();
			typed.set("duration", JSON.objectNode()
				.put("months", duration.months())
				.put("days", duration.days())
				.put("seconds", duration.seconds())
				.put("nanoseconds", duration.nanoseconds()));
		}
		else if (TYPES.POINT().isTypeOf(value)) {
			Point point = value.asPoint();
			ObjectNode encoded = JSON.objectNode().put("srid", point.srid()).put("x", point.x()).put("y", point.y());
			if (!Double.isNaN(point.z())) {
				encoded.put("z", point.z());
			}
			typed.set("point", encoded);
		}
		else if (TYPES.BYTES().isTypeOf(value)) {
			typed.put("bytes", Base64.getEncoder().encodeToString(value.asByteArray()));
		}
		else if (TYPES.LIST().isTypeOf(value)) {
			ArrayNode items = JSON.arrayNode();
			value.values().forEach(item -> items.add(encode(item)));
			typed.set("list", items);
		}
		else {
			throw new IllegalStateException("A property of type " + value.type().name()
					+ " cannot be written to a backup of format " + Manifest.FORMAT);
		}
		return typed;
	}

	/** The properties as parameters for the driver, each of its original type. */
	static Map<String, Object> decodeAll(JsonNode properties) {
		Map<String, Object> decoded = new TreeMap<>();
		properties.properties().forEach(entry -> decoded.put(entry.getKey(), decode(entry.getValue())));
		return decoded;
	}

	static Object decode(JsonNode typed) {
		if (typed.size() != 1) {
			throw new IllegalArgumentException("Not a typed value: " + typed);
		}
		var field = typed.properties().iterator().next();
		JsonNode value = field.getValue();
		return switch (field.getKey()) {
			case "string" -> value.asString();
			case "integer" -> value.asLong();
			case "float" -> value.isString() ? Double.parseDouble(value.asString()) : value.asDouble();
			case "boolean" -> value.asBoolean();
			case "date" -> LocalDate.parse(value.asString());
			case "datetime" -> ZonedDateTime.parse(value.asString());
			case "localdatetime" -> LocalDateTime.parse(value.asString());
			case "time" -> OffsetTime.parse(value.asString());
			case "localtime" -> LocalTime.parse(value.asString());
			case "duration" -> Values.isoDuration(value.get("months").asLong(), value.get("days").asLong(),
					value.get("seconds").asLong(), value.get("nanoseconds").asInt());
			case "point" -> value.has("z")
					? Values.point(value.get("srid").asInt(), value.get("x").asDouble(), value.get("y").asDouble(),
							value.get("z").asDouble())
					: Values.point(value.get("srid").asInt(), value.get("x").asDouble(), value.get("y").asDouble());
			case "bytes" -> Base64.getDecoder().decode(value.asString());
			case "list" -> {
				List<Object> items = new ArrayList<>();
				value.forEach(item -> items.add(decode(item)));
				yield items;
			}
			default -> throw new IllegalArgumentException("Unknown value type " + field.getKey());
		};
	}

}
