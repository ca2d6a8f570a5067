// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

interface INodeRegistrySlashing {
    function recordDigest(address node, address operator, uint64 seq, bytes32 hash) external view returns (bytes32);
    function slash(address node, address reporter) external returns (uint256 penalty);
}

/// @title EquivocationDisputes — proofs that a node key signed two records with one sequence.
/// @notice Deployed by the {NodeRegistry} it serves. A proof is two NodeRecord signatures
/// by the same node key, for the same sequence number, that differ in operator or record
/// hash. Each (node, seq) can be proven once; the registry caps the penalty per proof.
/// The reporter (msg.sender) earns the registry's reporter share.
contract EquivocationDisputes {
    struct SignedRecord {
        address operator;
        bytes32 recordHash;
        bytes signature;
    }

    INodeRegistrySlashing public immutable registry;
    mapping(address node => mapping(uint64 seq => bool)) public proven;

    event EquivocationProven(address indexed node, uint64 seq, address indexed reporter, uint256 penalty);

    error SameRecord();
    error AlreadyProven(address node, uint64 seq);
    error NotSignedByNode(address recovered);

    constructor(INodeRegistrySlashing registry_) {
        registry = registry_;
    }

    /// @notice Proves that `node` signed both `a` and `b` for sequence `seq` and slashes
    /// its operator. Reverts unless both signatures recover to `node` and the records differ.
    function proveEquivocation(address node, uint64 seq, SignedRecord calldata a, SignedRecord calldata b)
        external
        returns (uint256 penalty)
    {
        if (a.operator == b.operator && a.recordHash == b.recordHash) revert SameRecord();
        if (proven[node][seq]) revert AlreadyProven(node, seq);
        _check(node, seq, a);
        _check(node, seq, b);
        proven[node][seq] = true;
        penalty = registry.slash(node, msg.sender);
        emit EquivocationProven(node, seq, msg.sender, penalty);
    }

    function _check(address node, uint64 seq, SignedRecord calldata r) private view {
        bytes32 digest = registry.recordDigest(node, r.operator, seq, r.recordHash);
        address signer = ECDSA.recoverCalldata(digest, r.signature);
        if (signer != node) revert NotSignedByNode(signer);
    }
}
