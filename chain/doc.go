// Package chain connects Agora to an EVM chain: the contracts that hold
// Agora's money (chain/contracts), their Go bindings (chain/bindings), the
// clients that pay epochs, stake, register and slash through them, the
// Merkle trees that settle epochs, and the simulated chain of the devnet.
//
// # Contracts
//
// AgoraToken is an OpenZeppelin ERC-20 with EIP-2612 permit and
// AccessControl: 9 decimals, so every Agora amount is a uint64 of base
// units, and a total supply capped at 2^128 - 1. Only MINTER_ROLE mints; in
// a full deployment (DeployContracts) the Emission contract alone holds it.
// Its payEpoch(subnet, epoch, recipients, amounts) is the devnet's push
// path, refusing an epoch not newer than the last one paid for the subnet.
// Its payClaim(account, cumulative), callable only by the Emission contract
// fixed at deployment, books a Merkle claim: each account's claimed
// cumulative amount shares a storage word with its balance (the high and
// the low 128 bits), so a first claim creates one storage slot.
//
// Emission pays each subnet's epochs exactly once, in Merkle mode
// (settle(subnet, epoch, root, total) makes root the root of the one tree
// of every account's cumulative earnings across all subnets and mints total
// into the contract; claim(account, cumulative, proof) pays what the account
// has not claimed yet, against the current or the previous root) or in push
// mode (distribute(subnet, epoch, packed) mints to each recipient, one
// calldata word each). Both modes share a subnet's epoch counter: an epoch
// not newer than lastSettledEpoch(subnet) reverts.
//
// Staking holds tokens staked for hotkeys, with an unbonding period before
// withdrawal and slash(hotkey, amount, evidenceHash) for the slasher role.
// SubnetRegistry creates subnets (locking the owner's tokens) and registers
// hotkeys (burning the subnet's price from the coldkey), with events the
// cluster reads.
//
// # Merkle trees
//
// MerkleTree builds the tree exactly as Emission verifies it. A leaf is
// keccak256(0x00 ‖ abi.encode(chainId, emission, account, cumulative)),
// binding the chain, the contract, the account and its cumulative amount
// (MerkleDomain is the first two); an inner node is keccak256(0x01 ‖
// min(a, b) ‖ max(a, b)). Leaves are sorted by hash, paired level by level,
// and an odd last node moves up unchanged; a proof is the list of sibling
// hashes. See LeafHash, NodeHash and Emission.sol.
//
// # Clients
//
// Token, Registry, Staking and Emission are clients of the contracts,
// written against Backend (bind.ContractBackend and bind.DeployBackend with
// the chain ID), so they work unchanged over (*Sim).Client() and over an
// *ethclient.Client of a JSON-RPC node. Each sends EIP-1559 transactions,
// chooses nonces itself (clients built together by NewContracts or
// DeployContracts share that state), simulates every call first so a call
// that would revert is not sent, and waits for the receipt (and, with
// WithConfirmations, for enough blocks on top of it). A revert comes
// back as a *RevertError that errors.Is matches against ErrReverted and the
// sentinel of the revert (ErrEpochAlreadySettled, ErrInvalidProof,
// ErrUnauthorized, ...); AsRevert decodes one from any call's error.
//
// BenchSettlement measures, on a simulated chain, what paying an epoch
// costs in each mode beside plain transfers (`agora bench settlement`).
//
// # The simulated chain
//
// Sim is the embedded chain of the devnet: go-ethereum's simulated backend
// with mainnet (Osaka) gas rules, sealing blocks on a timer and serving
// JSON-RPC on 127.0.0.1, so other processes read it with ethclient.Dial
// like any node.
//
// The compiled artifacts (chain/contracts/artifacts, with SHA256SUMS of
// the sources they came from) and the bindings (chain/bindings) are
// committed; `make contracts` regenerates them with solc-js and abigen, and
// is the only step that needs npm.
package chain
