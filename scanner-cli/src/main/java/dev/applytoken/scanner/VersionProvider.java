package dev.applytoken.scanner;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so {@code --version} matches the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ApplyTokenCommand.class.getPackage().getImplementationVersion();
        return new String[] {"applytoken " + (version == null ? "(development build)" : version)};
    }
}
