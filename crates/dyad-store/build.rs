//! Sets `cfg(dyad_bin)` when `DYAD_BIN` names the `dyad` binary, so that the SIGKILL test
//! (`tests/kill.rs`) runs instead of being ignored.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(dyad_bin)");
    println!("cargo::rerun-if-env-changed=DYAD_BIN");
    if std::env::var_os("DYAD_BIN").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=dyad_bin");
    }
}
