package io.retentionflow.contacts;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoUnavailableException;
import io.retentionflow.bronto.ContactData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Stands between the product and its Bronto: records every addOrUpdateContacts that reached Bronto and every address
 * looked up, and can lose the answer of the next write, as a timeout or a crash after Bronto's answer would, or fail
 * the look-ups of an address as an outage would.
 */
class WriteRecorder implements BeanPostProcessor {

    private final List<List<ContactData>> written = Collections.synchronizedList(new ArrayList<>());
    private final List<String> lookedUp = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean loseNextAnswer = new AtomicBoolean();
    private final AtomicReference<String> unavailableFor = new AtomicReference<>();

    List<List<ContactData>> written() {
        return written;
    }

    List<String> lookedUp() {
        return lookedUp;
    }

    void clear() {
        written.clear();
        lookedUp.clear();
        loseNextAnswer.set(false);
        unavailableFor.set(null);
    }

    /** Every look-up of this address, with the others asked with it, fails as if Bronto were down; null: none. */
    void unavailableFor(String email) {
        unavailableFor.set(email);
    }

    void loseNextAnswer() {
        loseNextAnswer.set(true);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof BrontoGateway gateway)) {
            return bean;
        }
        return Proxy.newProxyInstance(BrontoGateway.class.getClassLoader(), new Class<?>[] {BrontoGateway.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("readContactsByEmail")
                            && ((Collection<?>) args[0]).contains(unavailableFor.get())) {
                        throw new BrontoUnavailableException(503, "Bronto is down", null);
                    }
                    Object result;
                    try {
                        result = method.invoke(gateway, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("readContactsByEmail")) {
                        ((Collection<?>) args[0]).forEach(email -> lookedUp.add((String) email));
                    }
                    if (method.getName().equals("addOrUpdateContacts")) {
                        @SuppressWarnings("unchecked")
                        List<ContactData> contacts = (List<ContactData>) args[0];
                        written.add(contacts);
                        if (loseNextAnswer.compareAndSet(true, false)) {
                            throw new BrontoUnavailableException(0, "connection reset after Bronto answered", null);
                        }
                    }
                    return result;
                });
    }
}
