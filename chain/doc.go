// Package chain connects Agora to an EVM chain: the ERC-20 token, staking and
// settlement contracts, their Go bindings, and the clients that pay epochs,
// snapshot stake and slash, against a simulated or a JSON-RPC backend.
package chain
