package io.retentionflow.bronto.sandbox;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** Between xs:dateTime and OffsetDateTime; a value without an offset is UTC, as Bronto assumed. */
final class XmlDateTimes {

    private static final DatatypeFactory DATATYPES;
    private static final BigInteger LAST_YEAR = BigInteger.valueOf(9999);

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmlDateTimes() {
    }

    /**
     * Whether both databases can store the value (years 1 to 9999); a year outside them would fail the statement, and
     * with it the whole call, as 101.
     */
    static boolean isStorable(XMLGregorianCalendar value) {
        BigInteger year = value.getEonAndYear();
        return year != null && year.compareTo(BigInteger.ONE) >= 0 && year.compareTo(LAST_YEAR) <= 0;
    }

    /** Read from the lexical form: GregorianCalendar would cut the value to milliseconds. */
    static OffsetDateTime toOffsetDateTime(XMLGregorianCalendar value) {
        if (!isStorable(value)) {
            throw new SandboxFault(FaultCode.INVALID_REQUEST, "The date-time is outside the years 1 to 9999.");
        }
        try {
            if (value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
                return LocalDateTime.parse(value.toXMLFormat()).atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value.toXMLFormat());
        } catch (DateTimeParseException e) {
            throw new SandboxFault(FaultCode.INVALID_REQUEST, "The date-time is not one the sandbox can read.");
        }
    }

    /** Keeps the microseconds the database stored, so a value read back can be filtered on exactly. */
    static XMLGregorianCalendar toXml(OffsetDateTime value) {
        return DATATYPES.newXMLGregorianCalendar(value.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
}
