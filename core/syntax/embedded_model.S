/* The trained syntax model, placed in the binary's read-only data so that the program carries its
   model wherever it is installed. CHRONICLE_SYNTAX_MODEL is the model file's path (set by CMake). */
    .section .rodata
    .balign 16
    .global chronicle_syntax_model_begin
    .global chronicle_syntax_model_end
chronicle_syntax_model_begin:
    .incbin CHRONICLE_SYNTAX_MODEL
chronicle_syntax_model_end:
    .byte 0
    .section .note.GNU-stack,"",@progbits
