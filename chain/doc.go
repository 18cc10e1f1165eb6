// Package chain connects Agora to an EVM chain: the ERC-20 token, staking and
// settlement contracts, their Go bindings, and the clients that pay epochs,
// snapshot stake and slash, against a simulated or a JSON-RPC backend.
//
// The token is AgoraToken (chain/contracts/AgoraToken.sol, OpenZeppelin
// ERC-20 with AccessControl): 9 decimals, so every Agora amount is a uint64
// of base units, and a payEpoch(subnet, epoch, recipients, amounts) that
// only MINTER_ROLE may call and that refuses an epoch not newer than the
// last one paid for the subnet, so no epoch is ever paid twice. Token is its
// client: DeployToken, NewToken, PayEpoch, LastPaidEpoch, EpochTx,
// BalanceOf. A revert comes back as a *RevertError that errors.Is matches
// against ErrReverted and, where Agora acts on it, ErrEpochAlreadyPaid or
// ErrNotMinter.
//
// Sim is the embedded chain of the devnet: go-ethereum's simulated backend
// with mainnet (Osaka) gas rules, sealing blocks on a timer and serving
// JSON-RPC on 127.0.0.1, so other processes read it with ethclient.Dial
// like any node. A Token works the same over (*Sim).Client() and over an
// *ethclient.Client of a real node: both implement Backend.
//
// The compiled artifacts (chain/contracts/artifacts) and the bindings
// (chain/bindings) are committed; `make contracts` regenerates both with
// solc-js and abigen, and is the only step that needs npm.
package chain
