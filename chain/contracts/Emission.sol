// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AgoraToken} from "./AgoraToken.sol";
import {SubnetRegistry} from "./SubnetRegistry.sol";

/// @title Agora emission
/// @notice Pays each subnet's epochs exactly once, in one of two modes that
/// share one epoch counter per subnet: an epoch is accepted only if it is
/// newer than the last one settled for the subnet, so a second call for the
/// same or an earlier epoch reverts whichever mode it uses.
///
/// Merkle mode: settle(subnet, epoch, root, total) (SETTLER_ROLE) records the
/// root of a tree of every account's cumulative earnings on the subnet and
/// mints total, the epoch's emission, into this contract. claim(subnet,
/// account, cumulative, proof) pays account the difference between cumulative
/// and what it already claimed on the subnet, so one claim collects any
/// number of epochs; a proof against the previous root is accepted too, so a
/// claim sent just before a settlement still lands. A claim emits no event
/// of its own (that would add 2,000 gas to each): the token's Transfer from
/// this contract to the account records it, and claimed(subnet, account)
/// reads the total.
///
/// Push mode: distribute(subnet, epoch, packed) (SETTLER_ROLE) mints straight
/// to the recipients, one word of calldata each (AgoraToken.mintBatch).
///
/// Tree format (chain/merkle.go builds the same):
///   leaf = keccak256(0x00 ‖ abi.encode(chainid, address(this), uint256(subnet), account, cumulative))
///   node = keccak256(0x01 ‖ min(a, b) ‖ max(a, b))
/// Leaves are sorted ascending and paired left to right, level by level; an
/// odd node at the end of a level moves up unchanged. A proof lists the
/// sibling hashes from the leaf up; the pairs are sorted, so no positions are
/// needed. The one-byte prefixes keep leaves and nodes apart, and the leaf
/// binds the chain, this contract, the subnet and the account.
contract Emission is AccessControl {
    /// @notice The role allowed to settle and distribute (the cluster).
    bytes32 public constant SETTLER_ROLE = keccak256("SETTLER_ROLE");

    /// @notice The token minted and paid.
    AgoraToken public immutable token;

    /// @notice The registry whose subnets may be paid.
    SubnetRegistry public immutable registry;

    struct SubnetState {
        bytes32 root;
        bytes32 previousRoot;
        uint64 lastEpoch;
    }

    mapping(uint16 subnet => SubnetState) private _subnets;

    /// @dev The cumulative amount each account has claimed on each subnet,
    /// keyed by `uint256(subnet) << 160 | uint160(account)` (one hash per
    /// claim instead of two).
    mapping(uint256 key => uint256) private _claimed;

    /// @notice An epoch was settled in Merkle mode.
    event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total);
    /// @notice An epoch was paid in push mode.
    event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients);

    /// @notice The epoch is not newer than the last one settled for the subnet.
    error EpochAlreadySettled(uint16 subnet, uint64 epoch, uint64 last);
    /// @notice No subnet has this id in the registry.
    error UnknownSubnet(uint16 subnet);
    /// @notice A zero root.
    error ZeroRoot();
    /// @notice A push-mode batch without recipients.
    error EmptyBatch();
    /// @notice The proof does not lead to the subnet's root or previous root.
    error InvalidProof();
    /// @notice account has already claimed cumulative or more on subnet.
    error NothingToClaim(uint16 subnet, address account, uint256 cumulative, uint256 claimed);
    /// @notice A zero address where an account is needed.
    error ZeroAddress();

    /// @param agoraToken The token; this contract needs its MINTER_ROLE.
    /// @param subnetRegistry The registry of subnets.
    /// @param settler The address granted SETTLER_ROLE; the deployer gets DEFAULT_ADMIN_ROLE.
    constructor(AgoraToken agoraToken, SubnetRegistry subnetRegistry, address settler) {
        if (address(agoraToken) == address(0) || address(subnetRegistry) == address(0) || settler == address(0)) {
            revert ZeroAddress();
        }
        token = agoraToken;
        registry = subnetRegistry;
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(SETTLER_ROLE, settler);
    }

    /// @notice Settles epoch of subnet in Merkle mode: root becomes the
    /// subnet's root (the old one stays valid as the previous root) and total
    /// is minted into this contract for the claims.
    /// @param subnet The subnet.
    /// @param epoch The epoch, newer than lastSettledEpoch(subnet).
    /// @param root The root of the tree of cumulative amounts; not zero.
    /// @param total The epoch's emission, what the tree's cumulative amounts grew by.
    function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) external onlyRole(SETTLER_ROLE) {
        if (root == bytes32(0)) revert ZeroRoot();
        SubnetState storage s = _advance(subnet, epoch);
        s.previousRoot = s.root;
        s.root = root;
        emit Settled(subnet, epoch, root, total);
        if (total != 0) token.mint(address(this), total);
    }

    /// @notice Pays epoch of subnet in push mode, minting to each recipient.
    /// @param subnet The subnet.
    /// @param epoch The epoch, newer than lastSettledEpoch(subnet).
    /// @param packed One word per recipient: `uint256(uint160(recipient)) << 96 | amount`, amount < 2^96.
    function distribute(uint16 subnet, uint64 epoch, bytes32[] calldata packed) external onlyRole(SETTLER_ROLE) {
        if (packed.length == 0) revert EmptyBatch();
        _advance(subnet, epoch);
        uint256 total = token.mintBatch(packed);
        emit Distributed(subnet, epoch, total, packed.length);
    }

    /// @notice Pays account what it earned on subnet and has not claimed:
    /// cumulative minus claimed(subnet, account). Anyone may send the claim;
    /// the tokens go to account. Reverts with InvalidProof unless the proof
    /// leads to the subnet's root or previous root, with NothingToClaim if
    /// cumulative is not above what was claimed, and with the token's
    /// ERC20InsufficientBalance should the settled totals not cover it.
    /// @param subnet The subnet.
    /// @param account The account paid.
    /// @param cumulative account's cumulative amount in the subnet's tree.
    /// @param proof The sibling hashes from account's leaf to the root.
    function claim(uint16 subnet, address account, uint256 cumulative, bytes32[] calldata proof) external {
        bytes32 computed = _computeRoot(leafHash(subnet, account, cumulative), proof);
        SubnetState storage s = _subnets[subnet];
        if (computed != s.root && computed != s.previousRoot) revert InvalidProof();
        uint256 key = _claimKey(subnet, account);
        uint256 already = _claimed[key];
        if (cumulative <= already) revert NothingToClaim(subnet, account, cumulative, already);
        _claimed[key] = cumulative;
        address t = address(token);
        assembly ("memory-safe") {
            // token.transfer(account, cumulative - already): the token
            // returns true or reverts, and its revert is passed on as is.
            let m := mload(0x40)
            mstore(m, 0xa9059cbb00000000000000000000000000000000000000000000000000000000)
            mstore(add(m, 0x04), account)
            mstore(add(m, 0x24), sub(cumulative, already))
            if iszero(call(gas(), t, 0, m, 0x44, 0, 0)) {
                returndatacopy(m, 0, returndatasize())
                revert(m, returndatasize())
            }
        }
    }

    /// @notice The cumulative amount account has claimed on subnet.
    function claimed(uint16 subnet, address account) external view returns (uint256) {
        return _claimed[_claimKey(subnet, account)];
    }

    /// @notice The last epoch settled for subnet in either mode (0: none).
    function lastSettledEpoch(uint16 subnet) external view returns (uint64) {
        return _subnets[subnet].lastEpoch;
    }

    /// @notice subnet's current and previous roots (zero when unset).
    function rootsOf(uint16 subnet) external view returns (bytes32 root, bytes32 previousRoot) {
        SubnetState storage s = _subnets[subnet];
        return (s.root, s.previousRoot);
    }

    /// @notice The leaf of account's cumulative amount on subnet.
    function leafHash(uint16 subnet, address account, uint256 cumulative) public view returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0)
            mstore(add(m, 0x01), chainid())
            mstore(add(m, 0x21), address())
            mstore(add(m, 0x41), subnet)
            mstore(add(m, 0x61), account)
            mstore(add(m, 0x81), cumulative)
            h := keccak256(m, 0xa1)
        }
    }

    /// @notice Whether proof shows account's cumulative amount on subnet
    /// against its current or previous root.
    function verify(uint16 subnet, address account, uint256 cumulative, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        bytes32 computed = _computeRoot(leafHash(subnet, account, cumulative), proof);
        SubnetState storage s = _subnets[subnet];
        return computed != bytes32(0) && (computed == s.root || computed == s.previousRoot);
    }

    /// @dev The key of account's claimed amount on subnet in _claimed.
    function _claimKey(uint16 subnet, address account) private pure returns (uint256) {
        return uint256(subnet) << 160 | uint256(uint160(account));
    }

    /// @dev Checks that epoch is newer than the subnet's last and that the
    /// subnet exists, and records epoch as the last.
    function _advance(uint16 subnet, uint64 epoch) private returns (SubnetState storage s) {
        s = _subnets[subnet];
        uint64 last = s.lastEpoch;
        if (epoch <= last) revert EpochAlreadySettled(subnet, epoch, last);
        // A subnet with a settled epoch was checked then; subnets are never removed.
        if (last == 0 && !registry.subnetExists(subnet)) revert UnknownSubnet(subnet);
        s.lastEpoch = epoch;
    }

    /// @dev Hashes leaf up the proof with sorted, 0x01-prefixed pairs.
    function _computeRoot(bytes32 leaf, bytes32[] calldata proof) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 1)
            let lo := add(m, 0x01)
            let hi := add(m, 0x21)
            h := leaf
            let p := proof.offset
            for { let end := add(p, shl(5, proof.length)) } lt(p, end) { p := add(p, 0x20) } {
                let sib := calldataload(p)
                // Branch-free sort of (h, sib): swap = sib < h.
                let d := mul(xor(h, sib), lt(sib, h))
                mstore(lo, xor(h, d))
                mstore(hi, xor(sib, d))
                h := keccak256(m, 0x41)
            }
        }
    }
}
