# cmake -DTIGRIS=path/to/tigris -DOUT=tigris.1 -P ManPage.cmake
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${TIGRIS} --man
                OUTPUT_FILE ${OUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "tigris --man failed: ${result}")
endif()
