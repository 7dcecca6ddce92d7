package io.parlor.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parlor.application.membership.MembershipUseCases;
import io.parlor.application.membership.port.in.AddDesigner;
import io.parlor.application.membership.port.in.BlockMember;
import io.parlor.application.membership.port.in.BrowseShops;
import io.parlor.application.membership.port.in.ChangePassword;
import io.parlor.application.membership.port.in.CheckAccess;
import io.parlor.application.membership.port.in.CompleteSocialLogin;
import io.parlor.application.membership.port.in.CreateShop;
import io.parlor.application.membership.port.in.EnsureAdmin;
import io.parlor.application.membership.port.in.ExchangeLoginKey;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.LogOut;
import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.RequestEmailCode;
import io.parlor.application.membership.port.in.RequestPasswordReset;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.membership.port.in.StartSocialLogin;
import io.parlor.application.membership.port.in.UnblockMember;
import io.parlor.application.membership.port.in.Unlock;
import io.parlor.application.membership.port.in.UpdateProfile;
import io.parlor.application.membership.port.in.VerifyEmail;
import io.parlor.application.membership.port.in.WatchAccessRevocations;
import io.parlor.application.membership.port.in.Withdraw;
import jakarta.inject.Singleton;

/** Offers each membership use case as a bean of its primary-port type, for the controllers. */
@Factory
class MembershipUseCaseBeans {

    @Singleton
    SignUp signUp(MembershipUseCases useCases) {
        return useCases.signUp();
    }

    @Singleton
    RequestEmailCode requestEmailCode(MembershipUseCases useCases) {
        return useCases.requestEmailCode();
    }

    @Singleton
    VerifyEmail verifyEmail(MembershipUseCases useCases) {
        return useCases.verifyEmail();
    }

    @Singleton
    LogIn logIn(MembershipUseCases useCases) {
        return useCases.logIn();
    }

    @Singleton
    RefreshSession refreshSession(MembershipUseCases useCases) {
        return useCases.refreshSession();
    }

    @Singleton
    LogOut logOut(MembershipUseCases useCases) {
        return useCases.logOut();
    }

    @Singleton
    RequestPasswordReset requestPasswordReset(MembershipUseCases useCases) {
        return useCases.requestPasswordReset();
    }

    @Singleton
    ChangePassword changePassword(MembershipUseCases useCases) {
        return useCases.changePassword();
    }

    @Singleton
    Unlock unlock(MembershipUseCases useCases) {
        return useCases.unlock();
    }

    @Singleton
    ShowProfile showProfile(MembershipUseCases useCases) {
        return useCases.showProfile();
    }

    @Singleton
    UpdateProfile updateProfile(MembershipUseCases useCases) {
        return useCases.updateProfile();
    }

    @Singleton
    Withdraw withdraw(MembershipUseCases useCases) {
        return useCases.withdraw();
    }

    @Singleton
    BlockMember blockMember(MembershipUseCases useCases) {
        return useCases.blockMember();
    }

    @Singleton
    UnblockMember unblockMember(MembershipUseCases useCases) {
        return useCases.unblockMember();
    }

    @Singleton
    CreateShop createShop(MembershipUseCases useCases) {
        return useCases.createShop();
    }

    @Singleton
    AddDesigner addDesigner(MembershipUseCases useCases) {
        return useCases.addDesigner();
    }

    @Singleton
    BrowseShops browseShops(MembershipUseCases useCases) {
        return useCases.browseShops();
    }

    @Singleton
    EnsureAdmin ensureAdmin(MembershipUseCases useCases) {
        return useCases.ensureAdmin();
    }

    @Singleton
    CheckAccess checkAccess(MembershipUseCases useCases) {
        return useCases.checkAccess();
    }

    @Singleton
    StartSocialLogin startSocialLogin(MembershipUseCases useCases) {
        return useCases.startSocialLogin();
    }

    @Singleton
    CompleteSocialLogin completeSocialLogin(MembershipUseCases useCases) {
        return useCases.completeSocialLogin();
    }

    @Singleton
    ExchangeLoginKey exchangeLoginKey(MembershipUseCases useCases) {
        return useCases.exchangeLoginKey();
    }

    @Singleton
    WatchAccessRevocations watchAccessRevocations(MembershipUseCases useCases) {
        return useCases.watchAccessRevocations();
    }
}
