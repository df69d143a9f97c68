package io.retentionflow.bronto.sandbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.retentionflow.bronto.soap.ContactObject;
import io.retentionflow.bronto.soap.MailListObject;
import io.retentionflow.bronto.soap.WriteResult;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * addToList and removeFromList, by contact id or email. Only contacts Bronto knows can join a list (302 otherwise):
 * that is how an address not in Bronto ends up not receiving the email. A contact already on the list is 506, so
 * re-uploading a batch is harmless and visible.
 */
@Service
@Profile("sandbox")
public class MembershipService {

    private final ListService lists;
    private final MembershipStore members;
    private final UploadPace pace;
    private final UploadStore uploads;
    private final SandboxClock clock;

    public MembershipService(ListService lists, MembershipStore members, UploadPace pace, UploadStore uploads,
            SandboxClock clock) {
        this.lists = lists;
        this.members = members;
        this.pace = pace;
        this.uploads = uploads;
        this.clock = clock;
    }

    @Transactional
    public WriteResult add(MailListObject list, List<ContactObject> input) {
        long listId = requireList(list);
        // counted when the call arrived, as Bronto counts it; later steps of the call use the time they run
        OffsetDateTime now = clock.now();
        OffsetDateTime arrived = CallArrival.ofCurrentCall().map(clock::at).orElse(now);
        long upload = pace.admit(arrived, "addToList", listId, input.size());
        List<Optional<Long>> contactIds = resolve(input);
        Set<Long> alreadyOn = members.membersAmong(listId, contactIds.stream().flatMap(Optional::stream).toList());
        Set<Long> added = new LinkedHashSet<>();
        WriteResultBuilder result = new WriteResultBuilder();
        for (Optional<Long> contactId : contactIds) {
            if (contactId.isEmpty()) {
                result.error(FaultCode.CONTACT_NOT_FOUND);
            } else if (alreadyOn.contains(contactId.get()) || !added.add(contactId.get())) {
                result.error(SandboxId.CONTACT.format(contactId.get()), FaultCode.ALREADY_ON_LIST);
            } else {
                result.success(SandboxId.CONTACT.format(contactId.get()), true);
            }
        }
        members.add(listId, added, now);
        uploads.recordAdded(upload, added.size());
        return result.build();
    }

    /** Removing a known contact that is not on the list succeeds: the list ends as the caller wants it. */
    @Transactional
    public WriteResult remove(MailListObject list, List<ContactObject> input) {
        long listId = requireList(list);
        List<Optional<Long>> contactIds = resolve(input);
        members.remove(listId, contactIds.stream().flatMap(Optional::stream).toList());
        WriteResultBuilder result = new WriteResultBuilder();
        contactIds.forEach(contactId -> {
            if (contactId.isPresent()) {
                result.success(SandboxId.CONTACT.format(contactId.get()), false);
            } else {
                result.error(FaultCode.CONTACT_NOT_FOUND);
            }
        });
        return result.build();
    }

    /** The whole call concerns one list, so a missing one is a request fault, not 5,000 per-contact errors. */
    private long requireList(MailListObject list) {
        return lists.resolve(list).orElseThrow(() -> new SandboxFault(FaultCode.LIST_NOT_FOUND));
    }

    /** One entry per input, in order: the contact's row id, or empty when Bronto does not know it. */
    private List<Optional<Long>> resolve(List<ContactObject> input) {
        List<String> emails = input.stream().filter(contact -> contact.getId() == null)
                .map(ContactObject::getEmail).filter(Objects::nonNull).map(ContactService::normalise).toList();
        Map<String, Long> byEmail = members.contactIdsByEmail(emails);
        List<Long> givenIds = input.stream().map(ContactObject::getId).filter(Objects::nonNull)
                .map(SandboxId.CONTACT::parse).flatMap(Optional::stream).toList();
        Set<Long> existing = new HashSet<>(members.existingContacts(givenIds));
        List<Optional<Long>> resolved = new ArrayList<>(input.size());
        for (ContactObject contact : input) {
            if (contact.getId() != null) {
                resolved.add(SandboxId.CONTACT.parse(contact.getId()).filter(existing::contains));
            } else if (contact.getEmail() != null) {
                resolved.add(Optional.ofNullable(byEmail.get(ContactService.normalise(contact.getEmail()))));
            } else {
                resolved.add(Optional.empty());
            }
        }
        return resolved;
    }
}
