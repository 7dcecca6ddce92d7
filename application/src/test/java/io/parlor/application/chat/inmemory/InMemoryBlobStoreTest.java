package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.chat.port.out.BlobStoreContract;

class InMemoryBlobStoreTest extends BlobStoreContract {

    @Override
    protected BlobStore newSubject() {
        return new InMemoryBlobStore();
    }
}
