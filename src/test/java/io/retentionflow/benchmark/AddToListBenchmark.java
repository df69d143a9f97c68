package io.retentionflow.benchmark;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.ContactData;
import io.retentionflow.bronto.WriteOutcome;
import io.retentionflow.bronto.soap.AddToList;
import io.retentionflow.bronto.soap.ContactObject;
import io.retentionflow.bronto.soap.MailListObject;
import io.retentionflow.bronto.soap.ObjectFactory;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationContext;
import org.springframework.oxm.jaxb.Jaxb2Marshaller;
import org.springframework.ws.soap.saaj.SaajSoapMessage;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;

/**
 * One addToList call through the product's client to the sandbox over HTTP, each into a new list so every call does
 * the same work. The split: marshalling is the request marshalled into a SOAP message and written out as the client
 * does, timed on its own beside each call; sandbox work is {@link SandboxWorkTiming}; the rest is transport in the
 * wide sense (HTTP, the sandbox's unmarshalling and response, the client's reading of it).
 */
final class AddToListBenchmark {

    // the first calls of a new JVM run interpreted code (runs fell from 250 to 120 ms over the first ten); a product is warm
    private static final int WARM_UP_CALLS = 10;

    private AddToListBenchmark() {
    }

    static List<Figure> measure(ApplicationContext app, SandboxWorkTiming sandbox, int contacts, int runs) {
        BrontoGateway bronto = app.getBean(BrontoGateway.class);
        List<String> emails = IntStream.range(0, contacts).mapToObj(i -> "benchmark" + i + "@example.com").toList();
        WriteOutcome known = bronto.addOrUpdateContacts(emails.stream().map(e -> new ContactData(e, Map.of())).toList());
        require(known.successCount() == contacts, "the sandbox did not take the contacts: " + known);
        Jaxb2Marshaller marshaller = marshaller();
        SaajSoapMessageFactory messages = messageFactory();

        List<Double> totals = new ArrayList<>();
        List<Double> marshalling = new ArrayList<>();
        List<Double> sandboxWork = new ArrayList<>();
        for (int call = 1; call <= WARM_UP_CALLS + runs; call++) {
            String listId = bronto.addList("benchmark-" + System.nanoTime(), "Benchmark").id();
            long start = System.nanoTime();
            WriteOutcome outcome = bronto.addToList(listId, emails);
            long total = System.nanoTime() - start;
            require(outcome.successCount() == contacts, "addToList did not add every contact: " + outcome.failures());
            long marshalled = marshal(marshaller, messages, listId, emails);
            if (call > WARM_UP_CALLS) {
                totals.add(total / 1e6);
                marshalling.add(marshalled / 1e6);
                sandboxWork.add(sandbox.lastAddNanos() / 1e6);
            }
        }
        List<Double> rest = IntStream.range(0, runs)
                .mapToObj(i -> totals.get(i) - marshalling.get(i) - sandboxWork.get(i)).toList();
        String name = "addToList of %,d contacts, client → sandbox over HTTP".formatted(contacts);
        String runsNote = "median of %d calls after %d warm-up calls".formatted(runs, WARM_UP_CALLS);
        return List.of(
                new Figure(name, Figure.median(totals), "ms", 100.0, runsNote + "; " + Figure.describe(totals) + " ms"),
                new Figure("… of which marshalling the request (JAXB into SOAP, written out)", Figure.median(marshalling),
                        "ms", null, runsNote),
                new Figure("… of which sandbox work (MembershipService.add with its commit)", Figure.median(sandboxWork),
                        "ms", null, runsNote + ", PostgreSQL"),
                new Figure("… of which transport and the rest (HTTP, server parsing and response, client reading)",
                        Figure.median(rest), "ms", null, "per call: total − marshalling − sandbox work"));
    }

    /** The same request the client builds, marshalled the way Spring-WS does; returns the nanoseconds it took. */
    private static long marshal(Jaxb2Marshaller marshaller, SaajSoapMessageFactory messages, String listId,
            List<String> emails) {
        long start = System.nanoTime();
        AddToList request = new AddToList();
        MailListObject list = new MailListObject();
        list.setId(listId);
        request.setList(list);
        for (String email : emails) {
            ContactObject contact = new ContactObject();
            contact.setEmail(email);
            request.getContacts().add(contact);
        }
        try {
            SaajSoapMessage message = messages.createWebServiceMessage();
            marshaller.marshal(new ObjectFactory().createAddToList(request), message.getPayloadResult());
            message.writeTo(new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return System.nanoTime() - start;
    }

    private static Jaxb2Marshaller marshaller() {
        Jaxb2Marshaller marshaller = new Jaxb2Marshaller();
        marshaller.setPackagesToScan(ObjectFactory.class.getPackageName());
        try {
            marshaller.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return marshaller;
    }

    private static SaajSoapMessageFactory messageFactory() {
        try {
            return new SaajSoapMessageFactory(MessageFactory.newInstance());
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
