/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.jellyfin.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

/**
 * Keeps the access token a bridge obtained by logging in, so that the password need not be kept and a restart of
 * openHAB does not log in again (a new login with the same device id revokes the previous token on the server).
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class LoginStore {

    static final String STORAGE_NAME = "org.openhab.binding.jellyfin.logins";

    /** What is kept per bridge. Plain fields, so openHAB's JSON storage can read it back. */
    public static class StoredLogin {
        public String serverId = "";
        public String userName = "";
        public String userId = "";
        public String accessToken = "";
        public boolean administrator;

        public StoredLogin() {
        }

        public StoredLogin(String serverId, String userName, String userId, String accessToken,
                boolean administrator) {
            this.serverId = serverId;
            this.userName = userName;
            this.userId = userId;
            this.accessToken = accessToken;
            this.administrator = administrator;
        }

        @Override
        public String toString() {
            return "StoredLogin[serverId=" + serverId + ", userName=" + userName + ", userId=" + userId + "]";
        }
    }

    private final Storage<StoredLogin> storage;

    public LoginStore(StorageService storageService) {
        this.storage = storageService.getStorage(STORAGE_NAME, StoredLogin.class.getClassLoader());
    }

    /**
     * @return the login kept for this bridge when it was made as the same user on the same server, else null
     */
    public @Nullable StoredLogin find(String bridgeUid, String serverId, String userName) {
        StoredLogin login = storage.get(bridgeUid);
        if (login != null && login.serverId.equals(serverId) && login.userName.equalsIgnoreCase(userName)
                && !login.accessToken.isBlank()) {
            return login;
        }
        return null;
    }

    public void save(String bridgeUid, StoredLogin login) {
        storage.put(bridgeUid, login);
    }

    public void forget(String bridgeUid) {
        storage.remove(bridgeUid);
    }
}
