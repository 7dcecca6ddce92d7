package io.parlor.application.shared.port.in;

/** Does the work of one kind of deadline when it falls due. */
public interface DeadlineHandler {

    /** The kind of deadline this handles, as in {@code Deadline.kind()}. */
    String kind();

    /**
     * Does the work of the deadline named {@code key}, inside the unit of work that claimed it;
     * whatever it writes commits with the deadline's removal. It re-checks that the work is
     * still wanted (the state may have changed since it was scheduled) and does nothing if not.
     */
    void run(String key, String payload);
}
